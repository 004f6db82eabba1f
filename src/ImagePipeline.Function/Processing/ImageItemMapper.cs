using System.Globalization;
using Amazon.DynamoDBv2.Model;
using ImagePipeline.Core.Metadata;

namespace ImagePipeline.Function.Processing;

/// <summary>Turns an <see cref="ImageRecord"/> into the DynamoDB item the table stores.</summary>
internal static class ImageItemMapper
{
    public static Dictionary<string, AttributeValue> ToItem(
        ImageRecord record,
        InvocationContext context,
        string engine)
    {
        var item = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [ImageItemAttributes.PartitionKey] = S(record.PartitionKey),
            [ImageItemAttributes.SortKey] = S(record.SortKey),
            [ImageItemAttributes.Tenant] = S(record.Original.Tenant.Value),
            [ImageItemAttributes.OriginalKey] = S(record.Original.Key),
            [ImageItemAttributes.Status] = S(record.Status.ToString()),
            [ImageItemAttributes.SizeBytes] = N(record.SizeBytes),
            [ImageItemAttributes.ETag] = S(record.ETag),
            [ImageItemAttributes.Sequencer] = S(record.Sequencer),
            [ImageItemAttributes.ProcessedAt] = S(record.ProcessedAt.ToString("O", CultureInfo.InvariantCulture)),
            [ImageItemAttributes.Timings] = Timings(record.Timings),
            [ImageItemAttributes.Variants] = new AttributeValue { L = record.Variants.Select(Variant).ToList() },
            [ImageItemAttributes.RequestId] = S(context.RequestId),
            [ImageItemAttributes.Engine] = S(engine),
        };

        AddOptional(item, record, context);
        return item;
    }

    private static void AddOptional(
        Dictionary<string, AttributeValue> item,
        ImageRecord record,
        InvocationContext context)
    {
        if (record.Rejection is { } rejection)
        {
            item[ImageItemAttributes.RejectionReason] = S(rejection.Reason.ToString());
            item[ImageItemAttributes.RejectionMessage] = S(rejection.Message);
        }

        if (record.Format is { } format)
        {
            item[ImageItemAttributes.Format] = S(format.ToString());
        }

        if (record.Width is { } width && record.Height is { } height)
        {
            item[ImageItemAttributes.Width] = N(width);
            item[ImageItemAttributes.Height] = N(height);
        }

        if (context.TraceId is { Length: > 0 } traceId)
        {
            item[ImageItemAttributes.TraceId] = S(traceId);
        }
    }

    private static AttributeValue Variant(VariantRecord variant) => new()
    {
        M = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            ["Name"] = S(variant.Name),
            ["Key"] = S(variant.Key),
            ["Width"] = N(variant.Width),
            ["Height"] = N(variant.Height),
            ["SizeBytes"] = N(variant.SizeBytes),
        },
    };

    private static AttributeValue Timings(ImageTimings timings) => new()
    {
        M = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            ["DownloadMs"] = N(timings.DownloadMs),
            ["ResizeMs"] = N(timings.ResizeMs),
            ["UploadMs"] = N(timings.UploadMs),
            ["TotalMs"] = N(timings.TotalMs),
        },
    };

    private static AttributeValue S(string value) => new() { S = value };

    private static AttributeValue N(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    private static AttributeValue N(double value) =>
        new() { N = Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture) };
}
