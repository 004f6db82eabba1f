using System.Text.Json;

namespace ImagePipeline.LocalCloud.Gateway.Classification;

/// <summary>Collects the DynamoDB condition keys of one check as a request is read.</summary>
internal sealed class KeyBag
{
    private readonly List<string> _leadingKeys = [];
    private readonly SortedSet<string> _attributes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _scalars = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds the partition key value of a key or item map (every value when the schema is unknown).</summary>
    public async ValueTask AddLeadingKeysAsync(
        JsonElement map,
        ITableSchemaSource schemas,
        string table,
        string? index,
        CancellationToken ct)
    {
        if (map.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var schema = await schemas.FindAsync(table, ct);
        var partitionKey = schema is null ? null
            : index is null ? schema.PartitionKey
            : schema.IndexPartitionKeys.GetValueOrDefault(index);
        if (partitionKey is not null)
        {
            var found = map.TryGetProperty(partitionKey, out var value);
            AddLeadingKeys(found ? [ExpressionAttributes.ValueText(value)] : []);
            return;
        }

        AddLeadingKeys(map.EnumerateObject().Select(property => ExpressionAttributes.ValueText(property.Value)));
    }

    /// <summary>Adds partition key values; nulls are skipped.</summary>
    public void AddLeadingKeys(IEnumerable<string?> values)
    {
        foreach (var value in values)
        {
            if (value is not null && !_leadingKeys.Contains(value))
            {
                _leadingKeys.Add(value);
            }
        }
    }

    /// <summary>Adds attribute names to <c>dynamodb:Attributes</c>.</summary>
    public void AddAttributes(IEnumerable<string> names) => _attributes.UnionWith(names);

    /// <summary>Adds the attributes a <c>ProjectionExpression</c> or <c>AttributesToGet</c> names.</summary>
    public void AddProjection(JsonElement body, JsonElement names)
    {
        var projection = DynamoDbRequestClassifier.Property(body, "ProjectionExpression");
        if (projection.ValueKind == JsonValueKind.String)
        {
            AddAttributes(ExpressionAttributes.TopLevelNames(projection.GetString(), names));
        }

        var attributesToGet = DynamoDbRequestClassifier.Property(body, "AttributesToGet");
        if (attributesToGet.ValueKind == JsonValueKind.Array)
        {
            AddAttributes(attributesToGet.EnumerateArray()
                .Where(item => item.ValueKind == JsonValueKind.String)
                .Select(item => item.GetString()!));
        }
    }

    /// <summary>Copies a string parameter of the request into a condition key.</summary>
    public void AddScalar(JsonElement body, string parameter, string key)
    {
        if (DynamoDbRequestClassifier.Property(body, parameter) is { ValueKind: JsonValueKind.String } value)
        {
            _scalars[key] = [value.GetString()!];
        }
    }

    /// <summary>The collected keys; empty sets are left out, as AWS leaves them out.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ToContext()
    {
        var context = new Dictionary<string, IReadOnlyList<string>>(_scalars, StringComparer.OrdinalIgnoreCase);
        if (_leadingKeys.Count > 0)
        {
            context["dynamodb:LeadingKeys"] = [.. _leadingKeys];
        }

        if (_attributes.Count > 0)
        {
            context["dynamodb:Attributes"] = [.. _attributes];
        }

        return context;
    }
}
