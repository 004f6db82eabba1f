namespace ImagePipeline.Function.Configuration;

/// <summary>The function's configuration is missing or invalid; the message names each variable and the fix.</summary>
public sealed class FunctionConfigurationException : Exception
{
    /// <summary>Creates the exception with a message that names the variable and how to fix it.</summary>
    public FunctionConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that caused it.</summary>
    public FunctionConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the default message.</summary>
    public FunctionConfigurationException()
        : base("The function's configuration is invalid.")
    {
    }
}
