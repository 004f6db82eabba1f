using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ImagePipeline.Policies.Templates;

/// <summary>Binds given values to the template's declared parameters, applying defaults and patterns.</summary>
internal static class TemplateParameterBinder
{
    /// <summary>The value of every declared parameter.</summary>
    /// <exception cref="TemplateException">A parameter has no value, or breaks its <c>AllowedPattern</c>.</exception>
    public static Dictionary<string, string> Bind(JsonObject declared, TemplateParameters parameters)
    {
        var given = parameters.ToDictionary();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, definition) in declared)
        {
            var value = given.TryGetValue(name, out var v)
                ? v
                : definition?["Default"]?.GetValue<string>()
                    ?? throw new TemplateException(
                        $"Template parameter '{name}' has no value and no default; pass it in the parameters.");
            if (definition?["AllowedPattern"]?.GetValue<string>() is { } pattern
                && !Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                throw new TemplateException(
                    $"Template parameter '{name}' = '{value}' does not match its AllowedPattern '{pattern}'.");
            }

            values[name] = value;
        }

        return values;
    }
}
