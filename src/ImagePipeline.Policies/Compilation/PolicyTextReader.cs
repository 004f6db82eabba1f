using System.Text;

namespace ImagePipeline.Policies.Compilation;

/// <summary>Splits policy text into literals, wildcards and policy variables.</summary>
/// <remarks>
/// Variables are substituted as literal text: a tag value of <c>*</c> matches only a <c>*</c>, never everything.
/// The escapes <c>${*}</c>, <c>${?}</c> and <c>${$}</c> stand for the literal characters.
/// </remarks>
internal static class PolicyTextReader
{
    /// <summary>Reads <paramref name="text"/> into tokens.</summary>
    /// <exception cref="FormatException">A variable is malformed; the message says which and how to fix it.</exception>
    public static PatternToken[] Read(string text, bool variables, bool wildcards)
    {
        var tokens = new List<PatternToken>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (variables && c == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                i = ReadVariableAt(text, i, tokens, literal);
            }
            else if (wildcards && c is '*' or '?')
            {
                Flush(tokens, literal);
                AddWildcard(tokens, c);
            }
            else
            {
                literal.Append(c);
            }
        }

        Flush(tokens, literal);
        return tokens.ToArray();
    }

    /// <summary>Whether the text contains a policy variable other than the three escapes.</summary>
    public static bool HasVariable(string text) =>
        Read(text, variables: true, wildcards: false).Any(t => t.Kind == PatternTokenKind.Variable);

    /// <summary>Whether the text contains a policy variable; malformed variables count as variables.</summary>
    public static bool HasVariableSafe(string text)
    {
        try
        {
            return HasVariable(text);
        }
        catch (FormatException)
        {
            return true;
        }
    }

    /// <summary>Reads the <c>${...}</c> at <paramref name="start"/>; returns the index of its closing brace.</summary>
    private static int ReadVariableAt(string text, int start, List<PatternToken> tokens, StringBuilder literal)
    {
        var end = text.IndexOf('}', start + 2);
        if (end < 0)
        {
            throw new FormatException(
                $"'{text}' opens a policy variable at position {start} without a closing '}}'; " +
                "write '${key}', or '${$}' for a literal '$'.");
        }

        var body = text[(start + 2)..end];
        if (body is "*" or "?" or "$")
        {
            literal.Append(body);
        }
        else
        {
            Flush(tokens, literal);
            tokens.Add(ReadVariable(text, body));
        }

        return end;
    }

    private static PatternToken ReadVariable(string text, string body)
    {
        string key = body;
        string? fallback = null;
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            key = body[..comma];
            var rest = body[(comma + 1)..].Trim();
            var quoted = rest.Length >= 2 && rest[0] == '\'' && rest[^1] == '\'';
            if (!quoted || rest[1..^1].Contains('\'', StringComparison.Ordinal))
            {
                throw new FormatException(
                    $"'{text}' has a variable default '{rest}' that is not one single-quoted string; " +
                    "write '${key, 'default'}'.");
            }

            fallback = rest[1..^1];
        }

        key = key.Trim();
        if (key.Length == 0 || !key.All(IsKeyChar))
        {
            throw new FormatException(
                $"'{text}' has a policy variable '${{{body}}}' whose key '{key}' is not a condition key; " +
                "write e.g. '${aws:PrincipalTag/UserID}'.");
        }

        return new PatternToken(PatternTokenKind.Variable, key, fallback);
    }

    private static bool IsKeyChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is ':' or '/' or '_' or '-' or '.' or '@' or '+' or '=';

    private static void AddWildcard(List<PatternToken> tokens, char c)
    {
        if (c == '*')
        {
            // Consecutive stars match the same strings as one, and one keeps the matcher linear in common cases.
            if (tokens.Count == 0 || tokens[^1].Kind != PatternTokenKind.AnyString)
            {
                tokens.Add(new PatternToken(PatternTokenKind.AnyString, "*", null));
            }

            return;
        }

        tokens.Add(new PatternToken(PatternTokenKind.AnyChar, "?", null));
    }

    private static void Flush(List<PatternToken> tokens, StringBuilder literal)
    {
        if (literal.Length == 0)
        {
            return;
        }

        tokens.Add(new PatternToken(PatternTokenKind.Literal, literal.ToString(), null));
        literal.Clear();
    }
}
