using ImagePipeline.Policies.Compilation;

namespace ImagePipeline.Policies;

/// <summary>A parsed and validated IAM policy document.</summary>
public sealed class PolicyDocument
{
    internal PolicyDocument(
        string name,
        PolicyKind kind,
        string version,
        string? id,
        IReadOnlyList<PolicyStatement> statements,
        string json,
        CompiledStatement[] compiled)
    {
        Compiled = compiled;
        Name = name;
        Kind = kind;
        Version = version;
        Id = id;
        Statements = statements;
        Json = json;
    }

    /// <summary>The name reports use for this policy, such as the role policy's name.</summary>
    public string Name { get; }

    /// <summary>Where the policy is attached.</summary>
    public PolicyKind Kind { get; }

    /// <summary>The policy language version; <see cref="PolicyVersions.Legacy"/> when the document had none.</summary>
    public string Version { get; }

    /// <summary>The optional <c>Id</c> element.</summary>
    public string? Id { get; }

    /// <summary>The statements in document order.</summary>
    public IReadOnlyList<PolicyStatement> Statements { get; }

    /// <summary>The JSON text the document was parsed from.</summary>
    public string Json { get; }

    /// <summary>Whether <c>${...}</c> in resources and conditions are variables, not literal text.</summary>
    public bool SupportsVariables => Version == PolicyVersions.Current;

    /// <summary>The statements compiled for evaluation, in document order.</summary>
    internal CompiledStatement[] Compiled { get; }

    /// <summary>Parses and validates a policy document.</summary>
    /// <param name="json">The JSON text of the document.</param>
    /// <param name="kind">Where the policy is attached; it decides which elements are required or forbidden.</param>
    /// <param name="name">The name reports and error messages use for this policy.</param>
    /// <exception cref="PolicyFormatException">The document is malformed; the message says where.</exception>
    public static PolicyDocument Parse(string json, PolicyKind kind, string name = "policy") =>
        PolicyParser.Parse(json, kind, name);
}
