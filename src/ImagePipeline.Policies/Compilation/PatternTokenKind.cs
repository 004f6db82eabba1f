namespace ImagePipeline.Policies.Compilation;

/// <summary>The kinds of piece a compiled pattern is made of.</summary>
internal enum PatternTokenKind
{
    /// <summary>Literal text.</summary>
    Literal,

    /// <summary><c>*</c>: any run of characters, possibly empty.</summary>
    AnyString,

    /// <summary><c>?</c>: exactly one character.</summary>
    AnyChar,

    /// <summary><c>${key}</c>: the request's single value of a context key, matched literally.</summary>
    Variable,
}
