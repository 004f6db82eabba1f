using System.Text.Json.Nodes;

namespace ImagePipeline.Policies.Templates;

/// <summary>Conditions, physical ids and attributes of the template's resources.</summary>
internal sealed partial class TemplateResolver
{
    /// <summary>Evaluates a named condition of the <c>Conditions</c> section.</summary>
    public bool Condition(string name, string where)
    {
        if (_conditionCache.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (!_conditions.TryGetPropertyValue(name, out var definition))
        {
            throw new TemplateException($"{where}: the template has no condition '{name}'.");
        }

        Enter($"condition {name}", where);
        var value = EvaluateCondition(definition, $"Conditions/{name}");
        _resolving.Remove($"condition {name}");
        _conditionCache[name] = value;
        return value;
    }

    /// <summary>The name CloudFormation gives a resource, as <c>Ref</c> returns it.</summary>
    public string PhysicalId(string logicalId)
    {
        var resource = ResourceObject(logicalId, "Ref");
        var type = resource["Type"]?.GetValue<string>();
        var property = type switch
        {
            "AWS::S3::Bucket" => "BucketName",
            "AWS::DynamoDB::Table" => "TableName",
            "AWS::IAM::Role" => "RoleName",
            "AWS::IAM::Policy" => "PolicyName",
            "AWS::Lambda::Function" => "FunctionName",
            _ => null,
        };
        var properties = resource["Properties"] as JsonObject;
        if (property is null || properties?[property] is null)
        {
            // CloudFormation would add a random suffix; a stable name keeps local runs reproducible.
            return $"{_parameters.StackName}-{logicalId}";
        }

        Enter(logicalId, "Ref");
        var name = ResolveString(properties[property], $"Resources/{logicalId}/Properties/{property}");
        _resolving.Remove(logicalId);
        return name;
    }

    /// <summary>An attribute of a resource, as <c>Fn::GetAtt</c> returns it.</summary>
    public string Attribute(string logicalId, string attribute, string where)
    {
        var type = ResourceObject(logicalId, where)["Type"]?.GetValue<string>();
        var p = _parameters;
        return (type, attribute) switch
        {
            ("AWS::IAM::Role", "Arn") =>
                $"arn:{p.Partition}:iam::{p.AccountId}:role{RolePath(logicalId)}{PhysicalId(logicalId)}",
            ("AWS::Lambda::Function", "Arn") =>
                $"arn:{p.Partition}:lambda:{p.Region}:{p.AccountId}:function:{PhysicalId(logicalId)}",
            ("AWS::S3::Bucket", "Arn") => $"arn:{p.Partition}:s3:::{PhysicalId(logicalId)}",
            ("AWS::DynamoDB::Table", "Arn") =>
                $"arn:{p.Partition}:dynamodb:{p.Region}:{p.AccountId}:table/{PhysicalId(logicalId)}",
            _ => throw new NotSupportedException(
                $"{where}: attribute '{attribute}' of '{logicalId}' ({type}) is not resolved by the template reader; " +
                "it resolves Arn of roles, functions, buckets and tables."),
        };
    }

    private string RolePath(string logicalId) =>
        (ResourceObject(logicalId, "Path")["Properties"] as JsonObject)?["Path"] is JsonNode path
            ? ResolveString(path, $"Resources/{logicalId}/Properties/Path")
            : "/";

    private JsonObject ResourceObject(string logicalId, string where) =>
        _resources[logicalId] as JsonObject
            ?? throw new TemplateException($"{where}: the template has no resource '{logicalId}'.");

    private void Enter(string key, string where)
    {
        if (!_resolving.Add(key))
        {
            throw new TemplateException($"{where}: '{key}' refers to itself through intrinsic functions.");
        }
    }

    private bool EvaluateCondition(JsonNode? node, string where)
    {
        if (node is not JsonObject { Count: 1 } obj)
        {
            return ResolveString(node, where) == "true";
        }

        var (name, argument) = obj.First();
        var arguments = argument as JsonArray;
        return name switch
        {
            "Fn::Equals" when arguments is [JsonNode left, JsonNode right] =>
                ResolveString(left, where) == ResolveString(right, where),
            "Fn::Not" when arguments is [JsonNode inner] => !EvaluateCondition(inner, where),
            "Fn::And" when arguments is { Count: >= 2 } => arguments.All(a => EvaluateCondition(a, where)),
            "Fn::Or" when arguments is { Count: >= 2 } => arguments.Any(a => EvaluateCondition(a, where)),
            "Condition" => Condition(ResolveString(argument, where), where),
            _ => ResolveString(node, where) == "true",
        };
    }
}
