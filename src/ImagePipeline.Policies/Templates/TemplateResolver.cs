using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ImagePipeline.Policies.Templates;

/// <summary>Evaluates the intrinsic functions of a template for one set of parameters.</summary>
internal sealed partial class TemplateResolver
{
    private readonly JsonObject _resources;
    private readonly JsonObject _conditions;
    private readonly TemplateParameters _parameters;
    private readonly Dictionary<string, string> _values;
    private readonly Dictionary<string, bool> _conditionCache = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);

    public TemplateResolver(JsonObject template, TemplateParameters parameters)
    {
        _resources = template[nameof(Resources)] as JsonObject
            ?? throw new TemplateException("The template has no 'Resources' mapping.");
        _conditions = template["Conditions"] as JsonObject ?? [];
        _parameters = parameters;
        _values = TemplateParameterBinder.Bind(template["Parameters"] as JsonObject ?? [], parameters);
    }

    /// <summary>The resources mapping.</summary>
    public JsonObject Resources => _resources;

    /// <summary>The marker <c>Ref: AWS::NoValue</c> resolves to; properties holding it are dropped.</summary>
    public static JsonNode NoValue { get; } = JsonValue.Create("\u0000AWS::NoValue");

    /// <summary>Resolves every intrinsic function in a node, returning a new tree.</summary>
    public JsonNode? Resolve(JsonNode? node, string where)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count == 1 && IsFunction(obj.First().Key):
                return ResolveFunction(obj.First().Key, obj.First().Value, where);
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, child) in obj)
                {
                    var resolved = Resolve(child, $"{where}/{key}");
                    if (!IsNoValue(resolved))
                    {
                        result[key] = resolved;
                    }
                }

                return result;
            case JsonArray array:
                return new JsonArray([.. array.Select((c, i) => Resolve(c, $"{where}/{i}")).Where(c => !IsNoValue(c))]);
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>Resolves a node that must come out as a string.</summary>
    public string ResolveString(JsonNode? node, string where) =>
        Resolve(node, where) is JsonValue value && value.TryGetValue<string>(out var text) && !IsNoValue(value)
            ? text
            : throw new TemplateException($"{where}: expected a string value after resolving intrinsic functions.");

    /// <summary>Whether a resource's <c>Condition</c> attribute, if any, holds.</summary>
    public bool IsIncluded(JsonObject resource) =>
        resource["Condition"] is not JsonValue name || Condition(name.GetValue<string>(), "Condition");

    /// <summary>Whether a node is the <c>AWS::NoValue</c> marker.</summary>
    public static bool IsNoValue(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text == NoValue.GetValue<string>();

    private static bool IsFunction(string key) =>
        key is "Ref" or "Condition" || key.StartsWith("Fn::", StringComparison.Ordinal);

    private JsonNode? ResolveFunction(string name, JsonNode? argument, string where)
    {
        where = $"{where}/{name}";
        return name switch
        {
            "Ref" => Ref(ResolveString(argument, where), where),
            "Condition" => JsonValue.Create(Condition(ResolveString(argument, where), where) ? "true" : "false"),
            "Fn::Sub" => JsonValue.Create(Sub(argument, where)),
            "Fn::GetAtt" => JsonValue.Create(GetAttribute(argument, where)),
            "Fn::Join" => JsonValue.Create(Join(argument, where)),
            "Fn::If" => If(argument, where),
            "Fn::Equals" or "Fn::Not" or "Fn::And" or "Fn::Or" =>
                JsonValue.Create(
                    EvaluateCondition(new JsonObject { [name] = argument?.DeepClone() }, where) ? "true" : "false"),
            "Fn::Select" => Select(argument, where),
            "Fn::Split" => Split(argument, where),
            _ => throw new NotSupportedException(
                $"{where}: the intrinsic function '{name}' is not resolved by the template reader; " +
                "use Ref, Fn::Sub, Fn::GetAtt, Fn::Join, Fn::If, Fn::Select, Fn::Split or the condition functions."),
        };
    }

    private JsonNode Ref(string name, string where)
    {
        if (name == "AWS::NoValue")
        {
            return NoValue.DeepClone();
        }

        return JsonValue.Create(RefText(name, where));
    }

    private string RefText(string name, string where) => name switch
    {
        "AWS::AccountId" => _parameters.AccountId,
        "AWS::Region" => _parameters.Region,
        "AWS::Partition" => _parameters.Partition,
        "AWS::StackName" => _parameters.StackName,
        "AWS::URLSuffix" => "amazonaws.com",
        "AWS::StackId" =>
            $"arn:{_parameters.Partition}:cloudformation:{_parameters.Region}:{_parameters.AccountId}:" +
            $"stack/{_parameters.StackName}/local",
        _ when _values.TryGetValue(name, out var value) => value,
        _ when _resources.ContainsKey(name) => PhysicalId(name),
        _ => throw new TemplateException(
            $"{where}: '{name}' is neither a parameter, a pseudo parameter nor a resource."),
    };

    private string Sub(JsonNode? argument, string where)
    {
        var variables = argument is JsonArray { Count: 2 } pair ? pair[1] as JsonObject : null;
        var text = ResolveString(argument is JsonArray { Count: 2 } withVariables ? withVariables[0] : argument, where);

        return SubVariable().Replace(text, match =>
        {
            var body = match.Groups[1].Value;
            if (body.StartsWith('!'))
            {
                return "${" + body[1..] + "}";
            }

            if (variables is not null && variables.ContainsKey(body))
            {
                return ResolveString(variables[body], $"{where}/{body}");
            }

            var dot = body.IndexOf('.', StringComparison.Ordinal);
            return dot > 0 && !body.StartsWith("AWS::", StringComparison.Ordinal)
                ? Attribute(body[..dot], body[(dot + 1)..], where)
                : RefText(body, where);
        });
    }

    private string GetAttribute(JsonNode? argument, string where)
    {
        if (argument is JsonValue dotted && dotted.TryGetValue<string>(out var text) && text.Contains('.'))
        {
            var dot = text.IndexOf('.', StringComparison.Ordinal);
            return Attribute(text[..dot], text[(dot + 1)..], where);
        }

        var args = Arguments(Resolve(argument, where), 2, where, "[LogicalId, Attribute]");
        return Attribute(ResolveString(args[0], where), ResolveString(args[1], where), where);
    }

    private string Join(JsonNode? argument, string where)
    {
        var args = Arguments(argument, 2, where, "[separator, [values]]");
        var values = Resolve(args[1], where) as JsonArray
            ?? throw new TemplateException($"{where}: the second argument must resolve to a list.");
        return string.Join(ResolveString(args[0], where), values.Select(v => ResolveString(v, where)));
    }

    private JsonNode? If(JsonNode? argument, string where)
    {
        var args = Arguments(argument, 3, where, "[ConditionName, value if true, value if false]");
        return Resolve(Condition(ResolveString(args[0], where), where) ? args[1] : args[2], where);
    }

    private JsonNode? Select(JsonNode? argument, string where)
    {
        var args = Arguments(argument, 2, where, "[index, list]");
        if (!int.TryParse(ResolveString(args[0], where), out var i)
            || Resolve(args[1], where) is not JsonArray values
            || i < 0
            || i >= values.Count)
        {
            throw new TemplateException($"{where}: expected [index, list] with the index inside the list.");
        }

        return values[i]?.DeepClone();
    }

    private JsonArray Split(JsonNode? argument, string where)
    {
        var args = Arguments(argument, 2, where, "[separator, string]");
        var parts = ResolveString(args[1], where).Split(ResolveString(args[0], where));
        return new JsonArray([.. parts.Select(p => (JsonNode)JsonValue.Create(p))]);
    }

    private static JsonNode?[] Arguments(JsonNode? argument, int count, string where, string expected) =>
        argument is JsonArray array && array.Count == count
            ? [.. array]
            : throw new TemplateException($"{where}: expected {expected}.");

    [GeneratedRegex(@"\$\{([^}]*)\}")]
    private static partial Regex SubVariable();
}
