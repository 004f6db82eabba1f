namespace ImagePipeline.Policies;

/// <summary>The condition keys of one request and their values; key names are case-insensitive.</summary>
/// <remarks>
/// A key may carry several values (<c>dynamodb:LeadingKeys</c>, <c>aws:TagKeys</c>). A key set with no values
/// is treated as absent, which is how AWS treats an empty multi-valued key.
/// </remarks>
public sealed class RequestContext
{
    private readonly Dictionary<string, string[]> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates an empty context.</summary>
    public RequestContext()
    {
    }

    /// <summary>Creates a context from key and values pairs.</summary>
    public RequestContext(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> values)
    {
        foreach (var (key, list) in values)
        {
            Set(key, [.. list]);
        }
    }

    /// <summary>The keys present, in no particular order.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>The number of keys present.</summary>
    public int Count => _values.Count;

    /// <summary>Sets a key's values, replacing any it had; no values removes the key.</summary>
    public RequestContext Set(string key, params string[] values)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (values.Length == 0)
        {
            _values.Remove(key);
            return this;
        }

        _values[key] = [.. values];
        return this;
    }

    /// <summary>Removes a key.</summary>
    public RequestContext Remove(string key)
    {
        _values.Remove(key);
        return this;
    }

    /// <summary>Gets a key's values.</summary>
    public bool TryGetValues(string key, out IReadOnlyList<string> values)
    {
        if (_values.TryGetValue(key, out var found))
        {
            values = found;
            return true;
        }

        values = [];
        return false;
    }

    /// <summary>Copies the context, so a caller can vary one key without touching the original.</summary>
    public RequestContext Clone()
    {
        var copy = new RequestContext();
        foreach (var (key, list) in _values)
        {
            copy._values[key] = list;
        }

        return copy;
    }

    /// <summary>The values of a key without copying, or null when it is absent.</summary>
    internal string[]? Find(string key) => _values.TryGetValue(key, out var found) ? found : null;
}
