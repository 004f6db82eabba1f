using System.Text;
using Amazon.S3.Model;
using ImagePipeline.Function.Configuration;
using ImagePipeline.Function.Events;
using ImagePipeline.Function.Processing;
using ImagePipeline.IntegrationTests.Infrastructure;

namespace ImagePipeline.IntegrationTests.Pipeline;

/// <summary>A fresh bucket and table with the real function on them, plus upload and invoke helpers.</summary>
internal sealed class PipelineHarness : IDisposable
{
    private PipelineHarness(EmulatorStorage storage, FunctionOptions functionOptions)
    {
        Storage = storage;
        Function = ResizeFunctionFactory.Create(functionOptions);
    }

    public EmulatorStorage Storage { get; }

    public ResizeFunction Function { get; }

    /// <summary>Creates fresh storage and the function on it; <paramref name="configure"/> adjusts options.</summary>
    public static async Task<PipelineHarness> CreateAsync(
        MotoFixture moto,
        CancellationToken cancellationToken,
        Func<FunctionOptions, FunctionOptions>? configure = null)
    {
        var storage = await EmulatorStorage.CreateAsync(moto.Endpoint, cancellationToken);
        return new PipelineHarness(storage, configure?.Invoke(storage.Options) ?? storage.Options);
    }

    /// <summary>Uploads bytes with the SDK and describes the upload as its S3 event would.</summary>
    public async Task<S3Upload> UploadAsync(
        string key,
        byte[] content,
        string sequencer,
        CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content, writable: false);
        var response = await Storage.S3.PutObjectAsync(
            new PutObjectRequest { BucketName = Storage.Bucket, Key = key, InputStream = stream },
            cancellationToken);
        return new S3Upload(Storage.Bucket, key, content.Length, response.ETag, sequencer);
    }

    /// <summary>Invokes the function with the JSON S3 would send for the upload.</summary>
    public Task<InvocationReport> InvokeAsync(
        S3Upload upload,
        InvocationContext context,
        CancellationToken cancellationToken)
    {
        var payload = Encoding.UTF8.GetBytes(S3EventFactory.Serialize(S3EventFactory.ForUpload(upload)));
        return Function.HandleJsonAsync(payload, context, cancellationToken);
    }

    public void Dispose() => Storage.Dispose();
}
