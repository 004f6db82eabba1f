using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Core.Metadata;

/// <summary>The metadata item of one original, keyed <c>USER#{tenant}</c> / <c>IMAGE#{name}</c>.</summary>
public sealed record ImageRecord
{
    /// <summary>The partition key prefix; IAM matches <c>dynamodb:LeadingKeys</c> against it.</summary>
    public const string PartitionPrefix = "USER#";

    /// <summary>The sort key prefix of image items.</summary>
    public const string SortPrefix = "IMAGE#";

    /// <summary>The partition key value of a tenant: <c>USER#{tenant}</c>.</summary>
    public static string PartitionKeyFor(TenantId tenant) => PartitionPrefix + tenant.Value;

    /// <summary>The sort key value of an image: <c>IMAGE#{name}</c>.</summary>
    public static string SortKeyFor(string name) => SortPrefix + name;

    /// <summary>The original the item describes.</summary>
    public required OriginalObjectKey Original { get; init; }

    /// <summary>Whether the image was processed or refused.</summary>
    public required ImageStatus Status { get; init; }

    /// <summary>Why it was refused; null when processed.</summary>
    public ImageRejection? Rejection { get; init; }

    /// <summary>The encoded size of the original in bytes.</summary>
    public required long SizeBytes { get; init; }

    /// <summary>The detected format; null when the content was not recognised.</summary>
    public ImageFormat? Format { get; init; }

    /// <summary>The width after orientation; null when unknown.</summary>
    public int? Width { get; init; }

    /// <summary>The height after orientation; null when unknown.</summary>
    public int? Height { get; init; }

    /// <summary>The written variants; empty when refused.</summary>
    public IReadOnlyList<VariantRecord> Variants { get; init; } = [];

    /// <summary>The original's ETag from the event.</summary>
    public required string ETag { get; init; }

    /// <summary>The event's sequencer; later uploads of the same key have larger values.</summary>
    public required string Sequencer { get; init; }

    /// <summary>When processing finished.</summary>
    public required DateTimeOffset ProcessedAt { get; init; }

    /// <summary>How long each step took.</summary>
    public required ImageTimings Timings { get; init; }

    /// <summary>The partition key value.</summary>
    public string PartitionKey => PartitionKeyFor(Original.Tenant);

    /// <summary>The sort key value.</summary>
    public string SortKey => SortKeyFor(Original.Name);
}
