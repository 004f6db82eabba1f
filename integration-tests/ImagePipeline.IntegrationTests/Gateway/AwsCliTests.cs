namespace ImagePipeline.IntegrationTests.Gateway;

[Collection(GatewaySuite.Name)]
public sealed class AwsCliTests(GatewayFixture fixture)
{
    [Fact]
    public async Task AwsCli_OwnTenantCopyListReadQueryAndIdentity_Succeed_OtherTenantRefused()
    {
        if (!AwsCli.IsInstalled())
        {
            Assert.Skip("The AWS CLI ('aws') is not on PATH; install it to run the CLI compatibility test.");
        }

        var ct = TestContext.Current.CancellationToken;
        var (bucket, table) = await fixture.ProvisionAsync(ct);
        var credentials = await (await fixture.TenantUserAsync("alice", ct)).GetCredentialsAsync();
        var file = Path.GetTempFileName();
        var back = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, Enumerable.Range(0, 100_000).Select(i => (byte)i).ToArray(), ct);
        var endpoint = fixture.Gateway.Endpoint;

        var copy = await AwsCli.RunAsync(
            endpoint, credentials, ct, "s3", "cp", file, $"s3://{bucket}/originals/alice/cli.bin");
        var list = await AwsCli.RunAsync(endpoint, credentials, ct, "s3", "ls", $"s3://{bucket}/originals/alice/");
        var get = await AwsCli.RunAsync(
            endpoint, credentials, ct,
            "s3api", "get-object", "--bucket", bucket, "--key", "originals/alice/cli.bin", back);
        var query = await AwsCli.RunAsync(
            endpoint, credentials, ct, "dynamodb", "query", "--table-name", table,
            "--key-condition-expression", "PK = :pk",
            "--expression-attribute-values", "{\":pk\":{\"S\":\"USER#alice\"}}");
        var identity = await AwsCli.RunAsync(endpoint, credentials, ct, "sts", "get-caller-identity");
        var other = await AwsCli.RunAsync(
            endpoint, credentials, ct, "s3", "cp", file, $"s3://{bucket}/originals/bob/cli.bin");

        Assert.True(copy.ExitCode == 0, copy.Error);
        Assert.Contains("cli.bin", list.Output, StringComparison.Ordinal);
        Assert.True(get.ExitCode == 0, get.Error);
        Assert.Equal(await File.ReadAllBytesAsync(file, ct), await File.ReadAllBytesAsync(back, ct));
        Assert.True(query.ExitCode == 0, query.Error);
        Assert.Contains("assumed-role/tenant-user/user-alice", identity.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, other.ExitCode);
        Assert.Contains("AccessDenied", other.Error, StringComparison.Ordinal);
    }
}
