using System.Diagnostics.CodeAnalysis;

namespace ImagePipeline.Core.Tenancy;

/// <summary>The outcome of parsing an object key: the key, or the reason it was refused.</summary>
public sealed class KeyParseResult
{
    private KeyParseResult(OriginalObjectKey? key, string? error)
    {
        Key = key;
        Error = error;
    }

    /// <summary>The parsed key, when valid.</summary>
    public OriginalObjectKey? Key { get; }

    /// <summary>Why the key was refused, when invalid.</summary>
    public string? Error { get; }

    /// <summary>Whether the key was accepted.</summary>
    [MemberNotNullWhen(true, nameof(Key))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Key is not null;

    internal static KeyParseResult Valid(OriginalObjectKey key) => new(key, null);

    internal static KeyParseResult Invalid(string error) => new(null, error);
}
