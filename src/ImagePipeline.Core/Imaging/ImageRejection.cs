namespace ImagePipeline.Core.Imaging;

/// <summary>A refused image: a reason code and a message that names the offending value.</summary>
/// <param name="Reason">The kind of refusal.</param>
/// <param name="Message">What was wrong with the input, for logs and the metadata item.</param>
public sealed record ImageRejection(RejectionReason Reason, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Reason}: {Message}";
}
