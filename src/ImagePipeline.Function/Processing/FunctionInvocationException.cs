namespace ImagePipeline.Function.Processing;

/// <summary>At least one record failed; thrown after every record was attempted, so that Lambda retries.</summary>
public sealed class FunctionInvocationException : Exception
{
    /// <summary>Creates the exception for an invocation whose report holds failed records.</summary>
    public FunctionInvocationException(InvocationReport report)
        : base(Describe(report), new AggregateException(report.Records.Select(r => r.Error).OfType<Exception>()))
    {
        Report = report;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public FunctionInvocationException(string message)
        : base(message)
    {
        Report = new InvocationReport([]);
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public FunctionInvocationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Report = new InvocationReport([]);
    }

    /// <summary>Creates the exception with the default message.</summary>
    public FunctionInvocationException()
        : this("The invocation failed.")
    {
    }

    /// <summary>The outcome of every record, failed or not.</summary>
    public InvocationReport Report { get; }

    private static string Describe(InvocationReport report)
    {
        var failed = report.Records.Where(r => r.Kind == RecordOutcomeKind.Failed).ToList();
        return $"{failed.Count} of {report.Records.Count} record(s) failed and should be retried: " +
            string.Join("; ", failed.Select(r => $"{r.Key}: {r.Error?.Message}"));
    }
}
