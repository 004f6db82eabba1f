using System.Diagnostics.CodeAnalysis;

namespace ImagePipeline.Function.Processing;

/// <summary>The result of checking a record: work to do, or the outcome that ends it.</summary>
internal sealed class RecordCheck
{
    private RecordCheck(ValidatedRecord? record, RecordOutcome? outcome)
    {
        Record = record;
        Outcome = outcome;
    }

    public ValidatedRecord? Record { get; }

    public RecordOutcome? Outcome { get; }

    [MemberNotNullWhen(true, nameof(Record))]
    [MemberNotNullWhen(false, nameof(Outcome))]
    public bool IsValid => Record is not null;

    public static RecordCheck Valid(ValidatedRecord record) => new(record, null);

    public static RecordCheck Ended(RecordOutcome outcome) => new(null, outcome);
}
