namespace ImagePipeline.Policies.Compilation;

/// <summary>How a request value is compared with a policy value.</summary>
internal enum Comparison
{
    /// <summary>Equal.</summary>
    Equals,

    /// <summary>Equal ignoring case.</summary>
    EqualsIgnoreCase,

    /// <summary>Matches a pattern with <c>*</c> and <c>?</c>.</summary>
    Like,

    /// <summary>Less than.</summary>
    LessThan,

    /// <summary>Less than or equal.</summary>
    LessThanEquals,

    /// <summary>Greater than.</summary>
    GreaterThan,

    /// <summary>Greater than or equal.</summary>
    GreaterThanEquals,

    /// <summary>Inside a CIDR range.</summary>
    InRange,
}
