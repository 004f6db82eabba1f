namespace ImagePipeline.Policies.Compilation;

/// <summary>One piece of a compiled pattern.</summary>
/// <param name="Kind">What the piece matches.</param>
/// <param name="Text">The literal text, or the variable's context key.</param>
/// <param name="Default">The variable's default value, used when the key is absent.</param>
internal readonly record struct PatternToken(PatternTokenKind Kind, string Text, string? Default);
