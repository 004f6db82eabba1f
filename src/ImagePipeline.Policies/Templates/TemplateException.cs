namespace ImagePipeline.Policies.Templates;

/// <summary>The template cannot be read or resolved; the message names the resource, property or parameter.</summary>
public sealed class TemplateException : Exception
{
    /// <summary>Creates the exception with a message that says what is wrong and how to fix it.</summary>
    public TemplateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception wrapping its cause.</summary>
    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public TemplateException()
        : base("The template cannot be resolved.")
    {
    }
}
