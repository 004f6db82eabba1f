namespace ImagePipeline.Policies;

/// <summary>A policy document is malformed; the message names the policy, the statement and the element.</summary>
public sealed class PolicyFormatException : Exception
{
    /// <summary>Creates the exception with a message that says what is wrong and how to fix it.</summary>
    public PolicyFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception wrapping the parser error that caused it.</summary>
    public PolicyFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public PolicyFormatException()
        : base("The policy document is malformed.")
    {
    }
}
