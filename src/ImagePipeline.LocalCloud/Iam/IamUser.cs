namespace ImagePipeline.LocalCloud.Iam;

/// <summary>An IAM user the gateway enforces, such as the trusted broker that tags tenant sessions.</summary>
/// <param name="Arn">The user ARN, for example <c>arn:aws:iam::123456789012:user/broker</c>.</param>
/// <param name="IdentityPolicies">The user's identity-based policies.</param>
/// <param name="Tags">The user's tags, exposed to policies as <c>aws:PrincipalTag/*</c>.</param>
public sealed record IamUser(
    string Arn,
    IReadOnlyList<NamedPolicy> IdentityPolicies,
    IReadOnlyDictionary<string, string>? Tags = null)
{
    /// <summary>The user's name: the last segment of its ARN's path.</summary>
    public string Name => Arn[(Arn.LastIndexOf('/') + 1)..];

    /// <summary>The account that owns the user, read from its ARN.</summary>
    public string Account => IamArns.AccountOf(Arn);

    /// <summary>The user's unique id, stable for the user's ARN, shaped like AWS's <c>AIDA...</c> ids.</summary>
    public string UserId => IamArns.StableId("AIDA", Arn);
}
