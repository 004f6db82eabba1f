using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using ImagePipeline.LocalCloud.Gateway.Classification;
using ImagePipeline.LocalCloud.Gateway.Signing;

namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>Learns table key schemas by asking the backend's <c>DescribeTable</c>, and remembers them.</summary>
internal sealed class BackendTableSchemas(
    HttpMessageInvoker client,
    Uri backend,
    BackendSigner signer,
    TimeProvider clock) : ITableSchemaSource
{
    private readonly ConcurrentDictionary<string, TableKeySchema> _known = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async ValueTask<TableKeySchema?> FindAsync(string table, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(table, out var schema))
        {
            return schema;
        }

        schema = await DescribeAsync(table, cancellationToken);
        if (schema is not null)
        {
            _known[table] = schema;
        }

        return schema;
    }

    /// <summary>Forgets a table's schema, after it was deleted or re-created.</summary>
    public void Forget(string table) => _known.TryRemove(table, out _);

    private async Task<TableKeySchema?> DescribeAsync(string table, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(table, GatewayJsonContext.Default.String);
        var bytes = Encoding.UTF8.GetBytes($"{{\"TableName\":{body}}}");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(backend, "/"))
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-amz-json-1.0");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "DynamoDB_20120810.DescribeTable");
        signer.Sign(request, "dynamodb", SigV4.Sha256Hex(bytes), clock.GetUtcNow());
        using var response = await client.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        return Parse(document.RootElement.GetProperty("Table"));
    }

    private static TableKeySchema? Parse(JsonElement table)
    {
        var partitionKey = HashKey(table);
        if (partitionKey is null)
        {
            return null;
        }

        var indexes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in new[] { "GlobalSecondaryIndexes", "LocalSecondaryIndexes" })
        {
            if (!table.TryGetProperty(kind, out var list) || list.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var index in list.EnumerateArray())
            {
                if (index.TryGetProperty("IndexName", out var name) && HashKey(index) is { } key)
                {
                    indexes[name.GetString()!] = key;
                }
            }
        }

        return new TableKeySchema(partitionKey, indexes);
    }

    private static string? HashKey(JsonElement element)
    {
        if (!element.TryGetProperty("KeySchema", out var schema) || schema.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return schema.EnumerateArray()
            .Where(key => key.TryGetProperty("KeyType", out var type) && type.GetString() == "HASH")
            .Select(key => key.GetProperty("AttributeName").GetString())
            .FirstOrDefault();
    }
}
