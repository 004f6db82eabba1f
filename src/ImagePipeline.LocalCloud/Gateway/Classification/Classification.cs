namespace ImagePipeline.LocalCloud.Gateway.Classification;

/// <summary>The outcome of classifying a request: what it is, or why the gateway cannot tell.</summary>
/// <param name="Request">The classified request, or null.</param>
/// <param name="Problem">Why it could not be classified, naming the operation, or null.</param>
internal sealed record Classification(ClassifiedRequest? Request, string? Problem)
{
    /// <summary>A classified request.</summary>
    public static Classification Of(ClassifiedRequest request) => new(request, null);

    /// <summary>A request the gateway refuses because it cannot classify it.</summary>
    public static Classification Unsupported(string problem) => new(null, problem);
}
