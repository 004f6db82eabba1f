using System.Text.Json;
using ImagePipeline.Policies.Compilation;

namespace ImagePipeline.Policies;

/// <summary>Reads and validates one statement; every error names the policy, the statement and the element.</summary>
internal sealed class StatementReader
{
    private readonly JsonElement _element;
    private readonly int _index;
    private readonly PolicyKind _kind;
    private readonly string _policy;
    private readonly bool _variables;
    private string? _sid;

    public StatementReader(JsonElement element, int index, PolicyKind kind, string policy, bool variables)
    {
        _element = element;
        _index = index;
        _kind = kind;
        _policy = policy;
        _variables = variables;
    }

    private bool IsResourceShaped => _kind is PolicyKind.Resource or PolicyKind.Trust;

    /// <summary>Reads the statement.</summary>
    public PolicyStatement Read()
    {
        if (_element.ValueKind != JsonValueKind.Object)
        {
            throw Error("Statement", $"a JSON {_element.ValueKind} is not a statement; write an object.");
        }

        _sid = _element.TryGetProperty("Sid", out var sid) ? PolicyParser.ScalarText(sid, Where("Sid")) : null;
        foreach (var property in _element.EnumerateObject())
        {
            if (!PolicyParser.IsStatementElement(property.Name))
            {
                throw Error(property.Name, $"not a statement element; use {PolicyParser.StatementElementList}.");
            }
        }

        var (actions, notAction) = ReadActions();
        var (resources, notResource, hasResource) = ReadResources();
        var (principals, notPrincipal) = ReadPrincipals();
        return new PolicyStatement
        {
            Index = _index,
            Sid = _sid,
            Effect = ReadEffect(),
            Actions = actions,
            IsNotAction = notAction,
            Resources = resources,
            IsNotResource = notResource,
            HasResourceElement = hasResource,
            Principals = principals,
            IsNotPrincipal = notPrincipal,
            Conditions = ReadConditions(),
        };
    }

    /// <summary>Compiles the conditions of a statement this reader read.</summary>
    public CompiledCondition[] CompileConditions(PolicyStatement statement) =>
        [.. statement.Conditions.Select(Compile)];

    private CompiledCondition Compile(PolicyCondition condition)
    {
        var op = ConditionOperator.TryParse(condition.Operator, out _)!;
        return CompiledCondition.Create(op, condition.Key, condition.Values, _variables && op.AllowsVariables);
    }

    private PolicyEffect ReadEffect()
    {
        if (!_element.TryGetProperty("Effect", out var effect))
        {
            throw Error("Effect", "missing; every statement needs \"Effect\": \"Allow\" or \"Deny\".");
        }

        return PolicyParser.ScalarText(effect, Where("Effect")) switch
        {
            "Allow" => PolicyEffect.Allow,
            "Deny" => PolicyEffect.Deny,
            var other => throw Error(
                "Effect",
                $"'{other}' is neither \"Allow\" nor \"Deny\" (they are case-sensitive)."),
        };
    }

    private (List<string> Values, bool Negated) ReadActions()
    {
        var (element, name) = OneOf("Action", "NotAction", required: true);
        var values = PolicyParser.ValueList(element!.Value, Where(name));
        foreach (var action in values)
        {
            if (action.Contains("${", StringComparison.Ordinal))
            {
                throw Error(
                    name,
                    $"'{action}' uses a policy variable; AWS allows variables only in Resource and Condition.");
            }

            var colon = action.IndexOf(':', StringComparison.Ordinal);
            if (action != "*" && (colon <= 0 || colon == action.Length - 1))
            {
                throw Error(name, $"'{action}' is not 'service:action' or '*'; write e.g. 's3:GetObject'.");
            }
        }

        return (values, name == "NotAction");
    }

    private (List<string> Values, bool Negated, bool Present) ReadResources()
    {
        var (element, name) = OneOf("Resource", "NotResource", required: _kind != PolicyKind.Trust);
        if (element is null)
        {
            return ([], false, false);
        }

        if (_kind == PolicyKind.Trust)
        {
            throw Error(name, "a trust policy has no resource element; the role itself is the resource.");
        }

        var values = PolicyParser.ValueList(element.Value, Where(name));
        foreach (var resource in values)
        {
            if (resource != "*" && !resource.StartsWith("arn:", StringComparison.Ordinal))
            {
                throw Error(name, $"'{resource}' is not an ARN or '*'; write e.g. 'arn:aws:s3:::bucket/*'.");
            }

            Validate(name, () => CompiledPattern.Create(resource, _variables, true, false));
        }

        return (values, name == "NotResource", true);
    }

    private (List<PolicyPrincipal> Values, bool Negated) ReadPrincipals()
    {
        var (element, name) = OneOf("Principal", "NotPrincipal", required: IsResourceShaped);
        if (element is null)
        {
            return ([], false);
        }

        if (!IsResourceShaped)
        {
            throw Error(name, $"a {_kind} policy cannot name a principal; the policy applies to whoever holds it.");
        }

        return (PrincipalReader.Read(element.Value, Where(name)), name == "NotPrincipal");
    }

    private List<PolicyCondition> ReadConditions()
    {
        if (!_element.TryGetProperty("Condition", out var block))
        {
            return [];
        }

        if (block.ValueKind != JsonValueKind.Object)
        {
            throw Error("Condition", "must be an object of operator -> { key: value(s) }.");
        }

        var conditions = new List<PolicyCondition>();
        foreach (var op in block.EnumerateObject())
        {
            var parsed = ConditionOperator.TryParse(op.Name, out var error) ?? throw Error("Condition", error!);
            if (op.Value.ValueKind != JsonValueKind.Object)
            {
                throw Error("Condition", $"'{op.Name}' must map condition keys to values.");
            }

            foreach (var key in op.Value.EnumerateObject())
            {
                conditions.Add(ReadCondition(op.Name, parsed, key));
            }
        }

        return conditions;
    }

    private PolicyCondition ReadCondition(string opName, ConditionOperator op, JsonProperty key)
    {
        var where = $"Condition/{opName}/{key.Name}";
        if (key.Name.Length == 0 || key.Name.Contains("${", StringComparison.Ordinal))
        {
            throw Error(where, $"'{key.Name}' is not a condition key; keys cannot be empty or use policy variables.");
        }

        var values = PolicyParser.ValueList(key.Value, Where(where));
        if (_variables && !op.AllowsVariables && values.Any(PolicyTextReader.HasVariableSafe))
        {
            throw Error(where, $"'{opName}' does not take policy variables; AWS allows them only in String, Arn " +
                "and Bool operators.");
        }

        Validate(where, () => CompiledCondition.Create(op, key.Name, values, _variables && op.AllowsVariables));
        return new PolicyCondition(opName, key.Name, values);
    }

    private (JsonElement? Element, string Name) OneOf(string positive, string negative, bool required)
    {
        var hasPositive = _element.TryGetProperty(positive, out var p);
        var hasNegative = _element.TryGetProperty(negative, out var n);
        if (hasPositive && hasNegative)
        {
            throw Error(positive, $"the statement has both '{positive}' and '{negative}'; keep one.");
        }

        if (!hasPositive && !hasNegative && required)
        {
            throw Error(positive, $"missing; a {_kind} policy statement needs '{positive}' or '{negative}'.");
        }

        return hasPositive ? (p, positive) : hasNegative ? (n, negative) : (null, positive);
    }

    private void Validate(string element, Action compile)
    {
        try
        {
            compile();
        }
        catch (FormatException ex)
        {
            throw Error(element, ex.Message);
        }
    }

    private string Where(string element)
    {
        var position = $"#{PolicyParser.Position(_index)}";
        var label = _sid is { Length: > 0 } ? $"'{_sid}' ({position})" : position;
        return $"Policy '{_policy}', statement {label}, element '{element}'";
    }

    private PolicyFormatException Error(string element, string message) => new($"{Where(element)}: {message}");
}
