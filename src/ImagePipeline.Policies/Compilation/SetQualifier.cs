namespace ImagePipeline.Policies.Compilation;

/// <summary>How a condition treats a multi-valued context key.</summary>
internal enum SetQualifier
{
    /// <summary>No qualifier.</summary>
    None,

    /// <summary><c>ForAllValues:</c> every request value must match; true for an empty or missing set.</summary>
    ForAllValues,

    /// <summary><c>ForAnyValue:</c> at least one request value must match; false for an empty or missing set.</summary>
    ForAnyValue,
}
