namespace ImagePipeline.IntegrationTests.EndToEnd;

/// <summary>The project's real <c>deploy/template.yaml</c>, copied next to the tests or found above them.</summary>
internal static class TemplateFile
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var copied = System.IO.Path.Combine(AppContext.BaseDirectory, "deploy", "template.yaml");
        if (File.Exists(copied))
        {
            return copied;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, "deploy", "template.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("deploy/template.yaml is neither next to the tests nor above them.");
    }
}
