namespace ImagePipeline.LocalCloud.Hosting;

/// <summary>What a running <c>imagepipeline up</c> tells other commands: its endpoint and the broker's key.</summary>
public sealed record LocalCloudState
{
    /// <summary>The gateway's endpoint.</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>The region the local cloud plays.</summary>
    public required string Region { get; init; }

    /// <summary>The image bucket.</summary>
    public required string BucketName { get; init; }

    /// <summary>The metadata table.</summary>
    public required string TableName { get; init; }

    /// <summary>The tenant user role the broker assumes for end users.</summary>
    public required string TenantUserRoleArn { get; init; }

    /// <summary>The broker's access key id.</summary>
    public required string BrokerAccessKeyId { get; init; }

    /// <summary>The broker's secret access key.</summary>
    public required string BrokerSecretAccessKey { get; init; }

    /// <summary>The process id of the <c>up</c> that wrote the state.</summary>
    public required int ProcessId { get; init; }

    /// <summary>When the local cloud came up.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Creates the state of a running local cloud, for the current process.</summary>
    public static LocalCloudState Of(LocalCloudHost cloud) => new()
    {
        Endpoint = cloud.Endpoint,
        Region = cloud.Region,
        BucketName = cloud.Resources.BucketName,
        TableName = cloud.Resources.TableName,
        TenantUserRoleArn = cloud.Resources.TenantUserRoleArn,
        BrokerAccessKeyId = cloud.Resources.Broker.AccessKeyId,
        BrokerSecretAccessKey = cloud.Resources.Broker.SecretAccessKey,
        ProcessId = Environment.ProcessId,
        StartedAt = DateTimeOffset.UtcNow,
    };
}
