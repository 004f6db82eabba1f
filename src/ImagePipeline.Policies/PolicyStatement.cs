namespace ImagePipeline.Policies;

/// <summary>One parsed statement of a policy document.</summary>
public sealed record PolicyStatement
{
    /// <summary>The statement's zero-based position in the document.</summary>
    public required int Index { get; init; }

    /// <summary>The statement id, when the statement has one.</summary>
    public string? Sid { get; init; }

    /// <summary>Whether the statement allows or denies.</summary>
    public required PolicyEffect Effect { get; init; }

    /// <summary>The action patterns of <c>Action</c>, or of <c>NotAction</c> when <see cref="IsNotAction"/>.</summary>
    public required IReadOnlyList<string> Actions { get; init; }

    /// <summary>Whether the actions came from <c>NotAction</c>.</summary>
    public bool IsNotAction { get; init; }

    /// <summary>The resource patterns; empty when the statement has no resource element (trust policies).</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];

    /// <summary>Whether the resources came from <c>NotResource</c>.</summary>
    public bool IsNotResource { get; init; }

    /// <summary>Whether the statement carries a <c>Resource</c> or <c>NotResource</c> element.</summary>
    public bool HasResourceElement { get; init; }

    /// <summary>The principals of <c>Principal</c>, or <c>NotPrincipal</c> when <see cref="IsNotPrincipal"/>.</summary>
    public IReadOnlyList<PolicyPrincipal> Principals { get; init; } = [];

    /// <summary>Whether the principals came from <c>NotPrincipal</c>.</summary>
    public bool IsNotPrincipal { get; init; }

    /// <summary>The condition tests; all must hold for the statement to apply.</summary>
    public IReadOnlyList<PolicyCondition> Conditions { get; init; } = [];

    /// <summary>How reports name the statement: its Sid, or <c>#n</c> with its one-based position.</summary>
    public string Label => Sid is { Length: > 0 } ? Sid : $"#{Index + 1}";
}
