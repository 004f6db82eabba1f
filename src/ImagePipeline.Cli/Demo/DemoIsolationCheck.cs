using Amazon.S3;
using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Cli.Demo;

/// <summary>One tenant trying to read another tenant's variant through the gateway, and what came back.</summary>
/// <param name="Attacker">The tenant whose session made the attempt.</param>
/// <param name="Key">The other tenant's variant it asked for.</param>
/// <param name="Refused">Whether the gateway refused it.</param>
/// <param name="Answer">The error code, or what was returned when the read was allowed.</param>
internal sealed record DemoIsolationCheck(TenantId Attacker, string Key, bool Refused, string Answer)
{
    /// <summary>Has the first tenant read the second tenant's first variant, as its own user session.</summary>
    /// <returns>Null when there are fewer than two tenants or the second has no variant.</returns>
    public static async Task<DemoIsolationCheck?> RunAsync(
        DemoCloud cloud,
        IReadOnlyList<DemoTenantResult> results,
        CancellationToken cancellationToken)
    {
        if (results.Count < 2 || results[1].Originals.SelectMany(o => o.Variants).FirstOrDefault() is not { } target)
        {
            return null;
        }

        var attacker = results[0].Tenant;
        var clients = await cloud.ForTenantAsync(attacker, cancellationToken);
        try
        {
            using var response = await clients.S3.GetObjectAsync(cloud.Bucket, target.Key, cancellationToken);
            return new DemoIsolationCheck(attacker, target.Key, Refused: false, $"{response.ContentLength} bytes");
        }
        catch (AmazonS3Exception ex)
        {
            return new DemoIsolationCheck(attacker, target.Key, Refused: true, $"{(int)ex.StatusCode} {ex.ErrorCode}");
        }
    }
}
