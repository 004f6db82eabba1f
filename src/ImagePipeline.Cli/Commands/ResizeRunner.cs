using System.Globalization;
using ImagePipeline.Core.Imaging;

namespace ImagePipeline.Cli.Commands;

/// <summary>Validates the arguments of <c>imagepipeline resize</c>, resizes the file and writes its variants.</summary>
internal static class ResizeRunner
{
    /// <summary>Runs the resize and returns the exit code.</summary>
    public static int Run(
        ResizeRequest request,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        if (!TryResolveEngine(request.Engine, error, out var engine))
        {
            return ExitCodes.UsageError;
        }

        if (request.Input is not { } input || request.Output is not { } folder)
        {
            error.WriteLine("Both --input FILE and --out DIR are required; see 'imagepipeline resize --help'.");
            return ExitCodes.UsageError;
        }

        if (!input.Exists)
        {
            error.WriteLine($"The input file '{input.FullName}' does not exist; pass an existing image with --input.");
            return ExitCodes.UsageError;
        }

        var spec = ResizeSpec.Default;
        var outcome = Resize(engine, input, spec, cancellationToken);
        if (!outcome.Succeeded)
        {
            error.WriteLine(
                $"Rejected {input.Name} ({engine.Name}): {outcome.Rejection.Reason}: {outcome.Rejection.Message}");
            return ExitCodes.Failed;
        }

        WriteVariants(outcome.Source, outcome.Variants, input, folder, engine.Name, output);
        return ExitCodes.Success;
    }

    /// <summary>Reports the source image, then writes each variant into <paramref name="folder"/>.</summary>
    private static void WriteVariants(
        SourceImageInfo source,
        IReadOnlyList<EncodedVariant> variants,
        FileInfo input,
        DirectoryInfo folder,
        string engineName,
        TextWriter output)
    {
        folder.Create();
        var stem = Path.GetFileNameWithoutExtension(input.Name);
        output.WriteLine(
            $"{input.Name}: {source.Format} {source.Width}x{source.Height}, " +
            $"{source.SizeBytes} bytes, engine {engineName}");
        foreach (var variant in variants)
        {
            var path = Path.Combine(folder.FullName, $"{stem}-{variant.Name}.{variant.Extension}");
            File.WriteAllBytes(path, variant.Content.ToArray());
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {path} {variant.Format} {variant.Width}x{variant.Height} {variant.Content.Length} bytes"));
        }
    }

    private static ResizeOutcome Resize(IImageEngine engine, FileInfo input, ResizeSpec spec, CancellationToken token)
    {
        // Refuse before reading, so an oversized file is never loaded into memory.
        if (input.Length > spec.MaxInputBytes)
        {
            return ResizeOutcome.Rejected(
                RejectionReason.TooLarge,
                $"The file has {input.Length} bytes, more than the limit of {spec.MaxInputBytes}.");
        }

        var bytes = File.ReadAllBytes(input.FullName);
        if (ImageFileNames.CheckExtension(input.Name, bytes) is { } mismatch)
        {
            return ResizeOutcome.Rejected(mismatch.Reason, mismatch.Message);
        }

        return engine.Resize(bytes, spec, token);
    }

    private static bool TryResolveEngine(string? name, TextWriter error, out IImageEngine engine)
    {
        try
        {
            engine = name is null ? ImageEngines.FromEnvironment() : ImageEngines.Create(name);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            error.WriteLine(ex.Message);
            engine = null!;
            return false;
        }
    }
}
