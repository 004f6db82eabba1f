namespace ImagePipeline.LocalCloud.Audit;

/// <summary>Where the gateway writes one record per request.</summary>
public interface IAuditSink
{
    /// <summary>Records one request; implementations must be safe to call from many requests at once.</summary>
    void Write(AuditRecord record);
}
