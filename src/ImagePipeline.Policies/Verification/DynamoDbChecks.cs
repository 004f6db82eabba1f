using ImagePipeline.Core.Metadata;
using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Policies.Verification;

/// <summary>DynamoDB requests a caller must not be able to make against another tenant's partition.</summary>
internal static class DynamoDbChecks
{
    private static readonly string[] ItemActions =
        ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];

    private static readonly string[] MixedActions =
    [
        "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:TransactGetItems",
        "dynamodb:TransactWriteItems", "dynamodb:ConditionCheckItem",
    ];

    private static readonly string[] KeylessActions =
    [
        "dynamodb:Scan", "dynamodb:Query", "dynamodb:GetItem", "dynamodb:PartiQLSelect", "dynamodb:PartiQLUpdate",
        "dynamodb:ExportTableToPointInTime", "dynamodb:DeleteTable", "dynamodb:UpdateTable",
    ];

    /// <summary>Every item, query, batch and scan request of <paramref name="attacker"/> touching the victim.</summary>
    public static IEnumerable<IsolationCheck> Against(
        CheckBuilder builder,
        VerifierPrincipal attacker,
        TenantId victim,
        TenantId? attackerTenant)
    {
        var victimKey = ImageRecord.PartitionKeyFor(victim);
        foreach (var action in ItemActions)
        {
            yield return builder.Table(CheckCategory.Items, attacker, action, false, victim.Value, victimKey);
        }

        foreach (var action in MixedActions)
        {
            yield return builder.Table(CheckCategory.QueriesAndScans, attacker, action, false, victim.Value, victimKey);
            if (attackerTenant is { } own)
            {
                // A batch that mixes the caller's own partition with the victim's must fail as a whole.
                var ownKey = ImageRecord.PartitionKeyFor(own);
                const CheckCategory Mixed = CheckCategory.QueriesAndScans;
                yield return builder.Table(Mixed, attacker, action, false, victim.Value, ownKey, victimKey);
                yield return builder.Table(Mixed, attacker, action, false, victim.Value, victimKey, ownKey);
            }
        }

        foreach (var action in KeylessActions)
        {
            // No dynamodb:LeadingKeys at all: ForAllValues is vacuously true, so only a Null guard refuses these.
            yield return builder.Table(CheckCategory.QueriesAndScans, attacker, action, false, victim.Value);
        }
    }
}
