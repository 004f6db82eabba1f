using System.Text.Json;
using Amazon.S3.Model;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Events;
using ImagePipeline.Function.Processing;
using ImagePipeline.Function.Sessions;
using ImagePipeline.LocalCloud.Hosting;

namespace ImagePipeline.IntegrationTests.EndToEnd;

/// <summary>A deliberately broken function: it writes a "variant" into the victim's <c>processed/</c>.</summary>
/// <remarks>
/// It uses the session it was given for the uploading tenant, exactly as the real function does, so only the
/// processor role's policy stands between the bug and the victim's data.
/// </remarks>
internal sealed class CrossTenantWritingHandler(ITenantClients clients) : IFunctionHandler
{
    public const string Victim = "victim";

    public async Task HandleAsync(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken ct)
    {
        var s3Event = JsonSerializer.Deserialize(payload.Span, S3EventJsonContext.Default.S3Event)!;
        foreach (var record in s3Event.Records ?? [])
        {
            var parsed = ObjectKeyLayout.ParseEventKey(record.S3?.ObjectEntity?.Key);
            var original = parsed.Key ?? throw new InvalidOperationException(parsed.Error);
            var tenantClients = await clients.ForTenantAsync(original.Tenant, ct);
            await tenantClients.S3.PutObjectAsync(
                new PutObjectRequest
                {
                    BucketName = record.S3!.Bucket!.Name,
                    Key = $"processed/{Victim}/{original.Name}/thumb.jpg",
                    ContentBody = "written by a bug",
                },
                ct);
        }
    }
}
