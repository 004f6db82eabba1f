using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Amazon.S3.Model;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Events;
using ImagePipeline.Function.Processing;

namespace ImagePipeline.Cli.Demo;

/// <summary>The demo's upload and invoke steps, each a method so another delivery path can replace it.</summary>
internal static class DemoPipeline
{
    /// <summary>Uploads every tenant's samples with the AWS SDK, numbering them with increasing sequencers.</summary>
    public static async Task<IReadOnlyList<DemoUpload>> UploadSamplesAsync(
        DemoBackend backend,
        IReadOnlyList<TenantId> tenants,
        CancellationToken cancellationToken)
    {
        var uploads = new List<DemoUpload>();
        var sequence = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() << 16;
        for (var index = 0; index < tenants.Count; index++)
        {
            foreach (var sample in DemoSamples.ForTenant(index))
            {
                var key = ObjectKeyLayout.OriginalKey(tenants[index], sample.Name);
                using var content = new MemoryStream(sample.Content, writable: false);
                var response = await backend.S3.PutObjectAsync(
                    new PutObjectRequest
                    {
                        BucketName = backend.Bucket,
                        Key = key,
                        InputStream = content,
                        ContentType = sample.ContentType,
                    },
                    cancellationToken);

                var sequencer = (++sequence).ToString("X16", CultureInfo.InvariantCulture);
                var upload = new S3Upload(backend.Bucket, key, sample.Content.Length, response.ETag, sequencer);
                uploads.Add(new DemoUpload(tenants[index], sample, upload));
            }
        }

        return uploads;
    }

    /// <summary>Invokes the function once per upload with the event JSON S3 would send.</summary>
    public static async Task<IReadOnlyList<RecordOutcome>> InvokeFunctionAsync(
        ResizeFunction function,
        IReadOnlyList<DemoUpload> uploads,
        CancellationToken cancellationToken)
    {
        var outcomes = new List<RecordOutcome>();
        foreach (var upload in uploads)
        {
            var payload = Encoding.UTF8.GetBytes(S3EventFactory.Serialize(S3EventFactory.ForUpload(upload.Upload)));
            var context = InvocationContext.CreateLocal(NewTraceId());
            try
            {
                var report = await function.HandleJsonAsync(payload, context, cancellationToken);
                outcomes.AddRange(report.Records);
            }
            catch (FunctionInvocationException ex)
            {
                outcomes.AddRange(ex.Report.Records);
            }
        }

        return outcomes;
    }

    /// <summary>A new trace id in the <c>X-Amzn-Trace-Id</c> format.</summary>
    public static string NewTraceId()
    {
        var epoch = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString("x8", CultureInfo.InvariantCulture);
        return $"Root=1-{epoch}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))};Sampled=1";
    }
}
