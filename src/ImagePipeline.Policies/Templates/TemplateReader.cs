using System.Text.Json.Nodes;

namespace ImagePipeline.Policies.Templates;

/// <summary>Reads <c>deploy/template.yaml</c> and resolves its roles, policies, bucket, table and function.</summary>
/// <remarks>
/// Resolves <c>Ref</c>, <c>Fn::Sub</c>, <c>Fn::GetAtt</c> (the <c>Arn</c> of roles, functions, buckets and tables),
/// <c>Fn::Join</c>, <c>Fn::If</c>, <c>Fn::Select</c>, <c>Fn::Split</c> and the condition functions, in long or
/// short form. A resource without an explicit name gets <c>{stack}-{LogicalId}</c> where CloudFormation would add
/// a random suffix. Managed policy ARNs are refused, because their documents are not in the template.
/// </remarks>
public static class TemplateReader
{
    /// <summary>Reads and resolves a template file.</summary>
    /// <exception cref="TemplateException">The file is missing or the template cannot be resolved.</exception>
    /// <exception cref="PolicyFormatException">A policy in the template is malformed.</exception>
    public static ResolvedTemplate Load(string path, TemplateParameters parameters)
    {
        if (!File.Exists(path))
        {
            throw new TemplateException(
                $"Template file '{path}' does not exist; pass the path of deploy/template.yaml.");
        }

        return Parse(File.ReadAllText(path), parameters);
    }

    /// <summary>Resolves template text (YAML with short forms, or JSON).</summary>
    /// <exception cref="TemplateException">The template cannot be resolved.</exception>
    /// <exception cref="PolicyFormatException">A policy in the template is malformed.</exception>
    public static ResolvedTemplate Parse(string text, TemplateParameters parameters)
    {
        var resolver = new TemplateResolver(TemplateYaml.Parse(text), parameters);
        var resources = Included(resolver);
        var functions = Of(resources, "AWS::Lambda::Function").Select(r => ReadFunction(resolver, r.Id)).ToList();
        var (bucketId, bucket) = Single(resources, "AWS::S3::Bucket", TemplateLogicalIds.Bucket);
        var bucketName = resolver.PhysicalId(bucketId);
        return new ResolvedTemplate
        {
            Parameters = parameters,
            Roles = ReadRoles(resolver, resources),
            BucketName = bucketName,
            BucketPolicy = ReadBucketPolicy(resolver, resources, bucketName),
            Notifications = ReadNotifications(resolver, bucketId, bucket, functions),
            Table = ReadTable(resolver, Single(resources, "AWS::DynamoDB::Table", TemplateLogicalIds.Table).Id),
            Functions = functions,
        };
    }

    private static List<(string Id, JsonObject Resource)> Included(TemplateResolver resolver) =>
    [
        .. resolver.Resources
            .Where(r => r.Value is JsonObject resource && resolver.IsIncluded(resource))
            .Select(r => (r.Key, (JsonObject)r.Value!)),
    ];

    private static IEnumerable<(string Id, JsonObject Resource)> Of(
        List<(string Id, JsonObject Resource)> resources,
        string type) =>
        resources.Where(r => r.Resource["Type"]?.GetValue<string>() == type);

    private static (string Id, JsonObject Resource) Single(
        List<(string Id, JsonObject Resource)> resources,
        string type,
        string expectedId)
    {
        var found = Of(resources, type).ToList();
        return found.Count == 1
            ? found[0]
            : throw new TemplateException(
                $"The template has {found.Count} resources of type {type}; it needs exactly one ('{expectedId}').");
    }

    private static JsonObject Properties(TemplateResolver resolver, string logicalId) =>
        resolver.Resolve(
            resolver.Resources[logicalId]!["Properties"],
            $"Resources/{logicalId}/Properties") as JsonObject ?? [];

    private static List<ResolvedRole> ReadRoles(
        TemplateResolver resolver,
        List<(string Id, JsonObject Resource)> resources)
    {
        var attached = new Dictionary<string, List<PolicyDocument>>(StringComparer.Ordinal);
        foreach (var (id, _) in Of(resources, "AWS::IAM::Policy"))
        {
            var properties = Properties(resolver, id);
            var name = Text(properties, "PolicyName", id);
            var document = ParsePolicy(properties, "PolicyDocument", PolicyKind.Identity, name, id);
            foreach (var role in properties["Roles"] as JsonArray ?? [])
            {
                var roleName = role!.GetValue<string>();
                (attached.TryGetValue(roleName, out var list) ? list : attached[roleName] = []).Add(document);
            }
        }

        return [.. Of(resources, "AWS::IAM::Role").Select(r => ReadRole(resolver, r.Id, attached))];
    }

    private static ResolvedRole ReadRole(
        TemplateResolver resolver,
        string id,
        Dictionary<string, List<PolicyDocument>> attached)
    {
        var properties = Properties(resolver, id);
        if (properties.ContainsKey("ManagedPolicyArns"))
        {
            throw new NotSupportedException(
                $"Resources/{id}: ManagedPolicyArns cannot be checked here because their documents are not in the " +
                "template; write the policies inline under Policies or as AWS::IAM::Policy resources.");
        }

        var roleName = resolver.PhysicalId(id);
        var policies = (properties["Policies"] as JsonArray ?? [])
            .Select(p => (JsonObject)p!)
            .Select(p => ParsePolicy(p, "PolicyDocument", PolicyKind.Identity, Text(p, "PolicyName", id), id))
            .Concat(attached.TryGetValue(roleName, out var extra) ? extra : [])
            .ToList();
        return new ResolvedRole(
            id,
            roleName,
            resolver.Attribute(id, "Arn", $"Resources/{id}"),
            ParsePolicy(properties, "AssumeRolePolicyDocument", PolicyKind.Trust, $"{roleName} trust", id),
            policies,
            properties["PermissionsBoundary"]?.GetValue<string>());
    }

    private static PolicyDocument? ReadBucketPolicy(
        TemplateResolver resolver,
        List<(string Id, JsonObject Resource)> resources,
        string bucketName)
    {
        foreach (var (id, _) in Of(resources, "AWS::S3::BucketPolicy"))
        {
            var properties = Properties(resolver, id);
            if (Text(properties, "Bucket", id) == bucketName)
            {
                var name = $"{bucketName} bucket policy";
                return ParsePolicy(properties, "PolicyDocument", PolicyKind.Resource, name, id);
            }
        }

        return null;
    }

    private static List<BucketNotification> ReadNotifications(
        TemplateResolver resolver,
        string bucketId,
        JsonObject bucket,
        List<ResolvedFunction> functions)
    {
        _ = bucket;
        var notification = Properties(resolver, bucketId)["NotificationConfiguration"];
        var configurations = notification?["LambdaConfigurations"] as JsonArray;
        var result = new List<BucketNotification>();
        foreach (var configuration in configurations ?? [])
        {
            var rules = configuration?["Filter"]?["S3Key"]?["Rules"] as JsonArray ?? [];
            string? Rule(string name) => rules
                .FirstOrDefault(r => string.Equals(
                    r?["Name"]?.GetValue<string>(),
                    name,
                    StringComparison.OrdinalIgnoreCase))
                ?["Value"]?.GetValue<string>();
            var arn = Text((JsonObject)configuration!, "Function", bucketId);
            result.Add(new BucketNotification(
                Text((JsonObject)configuration!, "Event", bucketId),
                Rule("prefix"),
                Rule("suffix"),
                arn,
                functions.FirstOrDefault(f => f.Arn == arn)?.LogicalId));
        }

        return result;
    }

    private static ResolvedTable ReadTable(TemplateResolver resolver, string id)
    {
        var properties = Properties(resolver, id);
        var keys = properties["KeySchema"] as JsonArray ?? [];
        string? Key(string type) => keys
            .FirstOrDefault(k => k?["KeyType"]?.GetValue<string>() == type)?["AttributeName"]?.GetValue<string>();
        return new ResolvedTable(
            id,
            resolver.PhysicalId(id),
            resolver.Attribute(id, "Arn", $"Resources/{id}"),
            Key("HASH") ?? throw new TemplateException($"Resources/{id}/Properties/KeySchema has no HASH key."),
            Key("RANGE"),
            properties["BillingMode"]?.GetValue<string>() ?? "PROVISIONED");
    }

    private static ResolvedFunction ReadFunction(TemplateResolver resolver, string id)
    {
        var properties = Properties(resolver, id);
        var code = properties["Code"] as JsonObject ?? [];
        var variables = properties["Environment"]?["Variables"] as JsonObject ?? [];
        return new ResolvedFunction(
            id,
            resolver.PhysicalId(id),
            resolver.Attribute(id, "Arn", $"Resources/{id}"),
            Text(properties, "Role", id),
            properties["Runtime"]?.GetValue<string>() ?? string.Empty,
            properties["Handler"]?.GetValue<string>() ?? string.Empty,
            code["S3Bucket"]?.GetValue<string>() ?? string.Empty,
            code["S3Key"]?.GetValue<string>() ?? string.Empty,
            variables.ToDictionary(v => v.Key, v => v.Value!.GetValue<string>(), StringComparer.Ordinal));
    }

    private static PolicyDocument ParsePolicy(
        JsonObject holder,
        string property,
        PolicyKind kind,
        string name,
        string id) =>
        holder[property] is JsonObject document
            ? PolicyDocument.Parse(document.ToJsonString(), kind, name)
            : throw new TemplateException($"Resources/{id}: '{property}' is missing or not a mapping.");

    private static string Text(JsonObject holder, string property, string id) =>
        holder[property]?.GetValue<string>()
            ?? throw new TemplateException($"Resources/{id}: '{property}' is missing.");
}
