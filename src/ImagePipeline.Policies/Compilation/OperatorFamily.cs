namespace ImagePipeline.Policies.Compilation;

/// <summary>The condition operator families.</summary>
internal enum OperatorFamily
{
    /// <summary>String comparisons.</summary>
    String,

    /// <summary>Numeric comparisons.</summary>
    Numeric,

    /// <summary>Date comparisons (ISO 8601 or epoch seconds).</summary>
    Date,

    /// <summary>Boolean equality.</summary>
    Bool,

    /// <summary>Base64 byte equality.</summary>
    Binary,

    /// <summary>CIDR membership.</summary>
    IpAddress,

    /// <summary>ARN matching.</summary>
    Arn,

    /// <summary>Key presence.</summary>
    Null,
}
