namespace ImagePipeline.LocalCloud.Emulator;

/// <summary>The local emulator could not be found, installed or started; the message says what to do.</summary>
public sealed class EmulatorSetupException : Exception
{
    /// <summary>Creates the exception with a message that names the problem and the fix.</summary>
    public EmulatorSetupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure behind it.</summary>
    public EmulatorSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
