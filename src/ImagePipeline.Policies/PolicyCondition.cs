namespace ImagePipeline.Policies;

/// <summary>One condition test: an operator applied to a context key and the values it is compared with.</summary>
/// <param name="Operator">The operator as written, such as <c>ForAllValues:StringEqualsIfExists</c>.</param>
/// <param name="Key">The condition key as written; keys are compared case-insensitively.</param>
/// <param name="Values">The policy values; a request value matching any of them matches.</param>
public sealed record PolicyCondition(string Operator, string Key, IReadOnlyList<string> Values);
