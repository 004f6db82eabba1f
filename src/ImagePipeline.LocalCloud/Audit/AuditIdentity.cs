using System.Text.Json.Serialization;

namespace ImagePipeline.LocalCloud.Audit;

/// <summary>Who made a request, as CloudTrail's <c>userIdentity</c> element records it.</summary>
public sealed record AuditIdentity
{
    /// <summary><c>IAMUser</c> or <c>AssumedRole</c>.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>The value of <c>aws:userid</c>.</summary>
    [JsonPropertyName("principalId")]
    public required string PrincipalId { get; init; }

    /// <summary>The caller's ARN.</summary>
    [JsonPropertyName("arn")]
    public required string Arn { get; init; }

    /// <summary>The caller's account.</summary>
    [JsonPropertyName("accountId")]
    public required string AccountId { get; init; }

    /// <summary>The access key that signed the request.</summary>
    [JsonPropertyName("accessKeyId")]
    public required string AccessKeyId { get; init; }

    /// <summary>The session (or user) tags of the caller.</summary>
    [JsonPropertyName("sessionTags")]
    public IReadOnlyDictionary<string, string> SessionTags { get; init; } = new Dictionary<string, string>();
}
