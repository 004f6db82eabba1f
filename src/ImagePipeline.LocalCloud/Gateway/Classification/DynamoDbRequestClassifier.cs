using System.Text.Json;

namespace ImagePipeline.LocalCloud.Gateway.Classification;

/// <summary>Classifies DynamoDB JSON requests into IAM actions, table ARNs and DynamoDB condition keys.</summary>
/// <remarks>
/// <c>dynamodb:LeadingKeys</c> takes the partition key value of every key the request touches, batches and
/// transactions included. When a table's schema is unknown, every key value is taken instead, which can only
/// make a <c>ForAllValues</c> condition stricter: the classifier fails closed.
/// </remarks>
internal sealed class DynamoDbRequestClassifier(ITableSchemaSource schemas, string region, string account)
{
    private static readonly HashSet<string> TableOperations = new(StringComparer.Ordinal)
    {
        "DescribeTable", "CreateTable", "DeleteTable", "UpdateTable", "DescribeTimeToLive", "UpdateTimeToLive",
        "DescribeContinuousBackups", "ListTagsOfResource", "TagResource", "UntagResource",
    };

    /// <summary>Classifies one request from its <c>X-Amz-Target</c> operation and JSON body.</summary>
    public async ValueTask<Classification> ClassifyAsync(string operation, JsonElement body, CancellationToken ct)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return Classification.Unsupported($"the {operation} body is not a JSON object");
        }

        if (ExpressionPlaceholders.Problem(body) is { } expressionProblem)
        {
            return Classification.Unsupported(expressionProblem);
        }

        return operation switch
        {
            "GetItem" or "PutItem" or "UpdateItem" or "DeleteItem" => await ItemAsync(operation, body, ct),
            "Query" => await QueryAsync(body, ct),
            "Scan" => Scan(body),
            "BatchGetItem" or "BatchWriteItem" => await BatchAsync(operation, body, ct),
            "TransactGetItems" or "TransactWriteItems" => await TransactAsync(operation, body, ct),
            "ListTables" or "DescribeLimits" or "DescribeEndpoints" => Single(operation, "*", new KeyBag()),
            _ when TableOperations.Contains(operation) => TableLevel(operation, body),
            _ => Classification.Unsupported(
                $"the DynamoDB operation '{operation}' is not supported by the local gateway"),
        };
    }

    /// <summary>The ARN of a table, or of one of its indexes.</summary>
    public string TableArn(string table, string? index = null) =>
        $"arn:aws:dynamodb:{region}:{account}:table/{table}" + (index is null ? string.Empty : $"/index/{index}");

    private async ValueTask<Classification> ItemAsync(string operation, JsonElement body, CancellationToken ct)
    {
        if (TableName(body) is not { } table)
        {
            return MissingTable(operation);
        }

        var keys = new KeyBag();
        var map = operation == "PutItem" ? Property(body, "Item") : Property(body, "Key");
        await keys.AddLeadingKeysAsync(map, schemas, table, null, ct);
        AddItemAttributes(keys, operation, body, map);
        keys.AddScalar(body, "ReturnValues", "dynamodb:ReturnValues");
        keys.AddScalar(body, "ReturnConsumedCapacity", "dynamodb:ReturnConsumedCapacity");
        return Single(operation, TableArn(table), keys);
    }

    private static void AddItemAttributes(KeyBag keys, string operation, JsonElement body, JsonElement map)
    {
        var names = Property(body, "ExpressionAttributeNames");
        switch (operation)
        {
            case "PutItem":
                keys.AddAttributes(ExpressionAttributes.Names(map));
                break;
            case "UpdateItem":
                keys.AddAttributes(ExpressionAttributes.Names(map));
                keys.AddAttributes(ExpressionAttributes.TopLevelNames(Text(body, "UpdateExpression"), names));
                keys.AddAttributes(ExpressionAttributes.Names(Property(body, "AttributeUpdates")));
                break;
            case "GetItem":
                keys.AddProjection(body, names);
                break;
            default:
                break;
        }
    }

    private async ValueTask<Classification> QueryAsync(JsonElement body, CancellationToken ct)
    {
        if (TableName(body) is not { } table)
        {
            return MissingTable("Query");
        }

        var index = Text(body, "IndexName");
        var keys = new KeyBag();
        var schema = await schemas.FindAsync(table, ct);
        var partitionKey = schema is null ? null
            : index is null ? schema.PartitionKey
            : schema.IndexPartitionKeys.GetValueOrDefault(index);
        keys.AddLeadingKeys(QueryKeyConditions.PartitionValues(body, partitionKey));
        keys.AddProjection(body, Property(body, "ExpressionAttributeNames"));
        keys.AddScalar(body, "Select", "dynamodb:Select");
        keys.AddScalar(body, "ReturnConsumedCapacity", "dynamodb:ReturnConsumedCapacity");
        return Single("Query", TableArn(table, index), keys);
    }

    private Classification Scan(JsonElement body)
    {
        if (TableName(body) is not { } table)
        {
            return MissingTable("Scan");
        }

        var keys = new KeyBag();
        keys.AddProjection(body, Property(body, "ExpressionAttributeNames"));
        keys.AddScalar(body, "Select", "dynamodb:Select");
        keys.AddScalar(body, "ReturnConsumedCapacity", "dynamodb:ReturnConsumedCapacity");
        return Single("Scan", TableArn(table, Text(body, "IndexName")), keys);
    }

    private async ValueTask<Classification> BatchAsync(string operation, JsonElement body, CancellationToken ct)
    {
        var requestItems = Property(body, "RequestItems");
        if (requestItems.ValueKind != JsonValueKind.Object || !requestItems.EnumerateObject().Any())
        {
            return Classification.Unsupported($"the {operation} body has no RequestItems");
        }

        if (operation == "BatchWriteItem" && MixedWriteRequest(requestItems) is { } mixed)
        {
            return Classification.Unsupported(mixed);
        }

        var checks = new List<AccessCheck>();
        foreach (var table in requestItems.EnumerateObject())
        {
            var keys = new KeyBag();
            foreach (var map in BatchKeyMaps(operation, table.Value))
            {
                await keys.AddLeadingKeysAsync(map, schemas, table.Name, null, ct);
                if (operation == "BatchWriteItem")
                {
                    keys.AddAttributes(ExpressionAttributes.Names(map));
                }
            }

            keys.AddProjection(table.Value, Property(table.Value, "ExpressionAttributeNames"));
            checks.Add(new AccessCheck("dynamodb:" + operation, TableArn(table.Name), keys.ToContext()));
        }

        return Classification.Of(new ClassifiedRequest(AwsService.DynamoDb, operation, checks));
    }

    /// <remarks>The backend acts on whichever request an entry names first, so an entry naming both a put and a
    /// delete could be authorised as one and run as the other.</remarks>
    private static string? MixedWriteRequest(JsonElement requestItems)
    {
        foreach (var table in requestItems.EnumerateObject())
        {
            if (table.Value.ValueKind != JsonValueKind.Array)
            {
                return $"the BatchWriteItem requests for table '{table.Name}' are not a list";
            }

            foreach (var write in table.Value.EnumerateArray())
            {
                var names = ExpressionAttributes.Names(write).ToList();
                if (names is not ["PutRequest"] and not ["DeleteRequest"])
                {
                    return $"a BatchWriteItem entry for table '{table.Name}' names [{string.Join(", ", names)}]; " +
                        "each entry must hold exactly one PutRequest or one DeleteRequest";
                }
            }
        }

        return null;
    }

    private static List<JsonElement> BatchKeyMaps(string operation, JsonElement tableRequest)
    {
        if (operation == "BatchGetItem")
        {
            var list = Property(tableRequest, "Keys");
            return list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        }

        if (tableRequest.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return tableRequest.EnumerateArray()
            .Select(write => Property(Property(write, "PutRequest"), "Item") is { ValueKind: JsonValueKind.Object } item
                ? item
                : Property(Property(write, "DeleteRequest"), "Key"))
            .ToList();
    }

    private async ValueTask<Classification> TransactAsync(string operation, JsonElement body, CancellationToken ct)
    {
        var items = Property(body, "TransactItems");
        if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
        {
            return Classification.Unsupported($"the {operation} body has no TransactItems");
        }

        var single = items.EnumerateArray().FirstOrDefault(
            item => item.ValueKind != JsonValueKind.Object || item.EnumerateObject().Count() != 1);
        if (single.ValueKind != JsonValueKind.Undefined)
        {
            return Classification.Unsupported(
                $"a {operation} item names [{string.Join(", ", ExpressionAttributes.Names(single))}]; " +
                "each item must hold exactly one of Get, Put, Update, Delete or ConditionCheck");
        }

        var checks = new List<AccessCheck>();
        foreach (var entry in items.EnumerateArray().SelectMany(item => item.EnumerateObject()))
        {
            var action = TransactItemAction(entry.Name);
            if (action is null || TableName(entry.Value) is not { } table)
            {
                return Classification.Unsupported($"the {operation} item '{entry.Name}' is not understood");
            }

            var keys = new KeyBag();
            var map = action == "PutItem" ? Property(entry.Value, "Item") : Property(entry.Value, "Key");
            await keys.AddLeadingKeysAsync(map, schemas, table, null, ct);
            AddItemAttributes(keys, action, entry.Value, map);
            checks.Add(new AccessCheck("dynamodb:" + action, TableArn(table), keys.ToContext()));
        }

        return Classification.Of(new ClassifiedRequest(AwsService.DynamoDb, operation, checks));
    }

    private static string? TransactItemAction(string itemName) => itemName switch
    {
        "Get" => "GetItem",
        "Put" => "PutItem",
        "Update" => "UpdateItem",
        "Delete" => "DeleteItem",
        "ConditionCheck" => "ConditionCheckItem",
        _ => null,
    };

    private Classification TableLevel(string operation, JsonElement body)
    {
        var table = TableName(body) ?? TableFromArn(Text(body, "ResourceArn"));
        return table is null ? MissingTable(operation) : Single(operation, TableArn(table), new KeyBag());
    }

    private static string? TableFromArn(string? arn)
    {
        var marker = arn?.IndexOf(":table/", StringComparison.Ordinal) ?? -1;
        return marker < 0 ? null : arn![(marker + 7)..].Split('/')[0];
    }

    private static Classification Single(string operation, string resource, KeyBag keys) =>
        Classification.Of(new ClassifiedRequest(
            AwsService.DynamoDb, operation, [new AccessCheck("dynamodb:" + operation, resource, keys.ToContext())]));

    private static Classification MissingTable(string operation) =>
        Classification.Unsupported($"the {operation} request names no TableName");

    private static string? TableName(JsonElement body) => Text(body, "TableName");

    private static string? Text(JsonElement body, string name) =>
        Property(body, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>A property of a JSON object, or an undefined element.</summary>
    internal static JsonElement Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;
}
