using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Events;

namespace ImagePipeline.Function.Processing;

/// <summary>Decides whether an event record is work for the function, before any service is called.</summary>
internal static class RecordValidator
{
    private const string ObjectCreatedPrefix = "ObjectCreated:";

    public static RecordCheck Check(S3EventRecord? record)
    {
        if (record is null)
        {
            return Refuse(null, "The event holds a null record.");
        }

        var rawKey = record.S3?.ObjectEntity?.Key;
        if (record.EventSource != "aws:s3" || record.EventVersion?.StartsWith("2.", StringComparison.Ordinal) != true)
        {
            return Refuse(rawKey, $"Record from '{record.EventSource}' version '{record.EventVersion}' is not an " +
                "S3 event of version 2.x; only those are handled.");
        }

        if (record.EventName?.StartsWith(ObjectCreatedPrefix, StringComparison.Ordinal) != true)
        {
            return RecordCheck.Ended(new RecordOutcome(
                RecordOutcomeKind.Ignored, rawKey, $"Event '{record.EventName}' does not create an object."));
        }

        if (record.S3?.Bucket?.Name is not { Length: > 0 } bucket || record.S3.ObjectEntity is not { } s3Object)
        {
            return Refuse(rawKey, "The record names no bucket or no object.");
        }

        return CheckObject(rawKey, bucket, s3Object);
    }

    // Runs once the record is known to be an S3 object-created event naming a bucket and an object.
    private static RecordCheck CheckObject(string? rawKey, string bucket, S3ObjectEntity s3Object)
    {
        var parsed = ObjectKeyLayout.ParseEventKey(s3Object.Key);
        if (!parsed.IsValid)
        {
            return Refuse(rawKey, parsed.Error);
        }

        var original = parsed.Key;
        if (s3Object.ETag is not { Length: > 0 } etag)
        {
            return Refuse(original.Key, "The record carries no ETag, so the original cannot be pinned to this upload.");
        }

        if (!EventSequencer.TryNormalize(s3Object.Sequencer, out var sequencer, out var sequencerError))
        {
            return Refuse(original.Key, sequencerError);
        }

        return RecordCheck.Valid(new ValidatedRecord(original, bucket, etag.Trim('"'), s3Object.Size, sequencer));
    }

    private static RecordCheck Refuse(string? key, string reason) =>
        RecordCheck.Ended(new RecordOutcome(RecordOutcomeKind.Refused, key, reason));
}
