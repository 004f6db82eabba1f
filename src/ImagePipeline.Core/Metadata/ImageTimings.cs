namespace ImagePipeline.Core.Metadata;

/// <summary>How long each step of processing one image took, in milliseconds.</summary>
/// <param name="DownloadMs">Reading the original.</param>
/// <param name="ResizeMs">Decoding and encoding every variant.</param>
/// <param name="UploadMs">Writing the variants.</param>
/// <param name="TotalMs">The whole record, metadata write included.</param>
public sealed record ImageTimings(double DownloadMs, double ResizeMs, double UploadMs, double TotalMs);
