namespace ImagePipeline.Policies.Verification;

/// <summary>The columns of the isolation matrix: what kind of access a check tries.</summary>
public enum CheckCategory
{
    /// <summary>Reading, writing and deleting another tenant's objects.</summary>
    Objects,

    /// <summary>Listing the bucket with another tenant's prefix, a shared prefix, or none.</summary>
    Listing,

    /// <summary>Changing or reading the bucket's own configuration.</summary>
    BucketAdministration,

    /// <summary>Single-item reads and writes of another tenant's partition.</summary>
    Items,

    /// <summary>Queries, batch and transaction calls mixing keys, scans and PartiQL.</summary>
    QueriesAndScans,

    /// <summary>Assuming or tagging a role session for another tenant.</summary>
    Sessions,

    /// <summary>Requests over plain HTTP, which the bucket policy must refuse.</summary>
    Transport,

    /// <summary>The access the pipeline needs, which must be allowed.</summary>
    IntendedAccess,
}
