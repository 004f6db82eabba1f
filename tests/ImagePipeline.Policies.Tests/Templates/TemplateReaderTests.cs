using ImagePipeline.Policies.Templates;

namespace ImagePipeline.Policies.Tests.Templates;

public class TemplateReaderTests
{
    [Fact]
    public void Parse_ProjectTemplate_ResolvesTheThreeRolesByLogicalId()
    {
        var sut = TestTemplate.Resolve();

        const string Prefix = "arn:aws:iam::111122223333:role/pipe-";
        Assert.Equal(Prefix + "function-execution", sut.Role(TemplateLogicalIds.FunctionExecutionRole).Arn);
        Assert.Equal(Prefix + "tenant-processor", sut.Role(TemplateLogicalIds.TenantProcessorRole).Arn);
        Assert.Equal(Prefix + "tenant-user", sut.Role(TemplateLogicalIds.TenantUserRole).Arn);
    }

    [Fact]
    public void Parse_ProjectTemplate_SubstitutesParametersAndKeepsEscapedPolicyVariables()
    {
        var sut = TestTemplate.Resolve();

        var resources = sut.Role(TemplateLogicalIds.TenantProcessorRole).IdentityPolicies
            .SelectMany(p => p.Statements)
            .SelectMany(s => s.Resources)
            .ToList();
        Assert.Contains("arn:aws:s3:::pipe-images/originals/${aws:PrincipalTag/UserID}/*", resources);
        Assert.Contains("arn:aws:dynamodb:eu-west-1:111122223333:table/pipe-metadata", resources);
    }

    [Fact]
    public void Parse_ProjectTemplate_AttachesPolicyResourcesToTheirRole()
    {
        var sut = TestTemplate.Resolve();

        var execution = sut.Role(TemplateLogicalIds.FunctionExecutionRole);
        var assume = Assert.Single(execution.IdentityPolicies, p => p.Name == "assume-tenant-processor");
        Assert.Equal(
            sut.Role(TemplateLogicalIds.TenantProcessorRole).Arn,
            assume.Statements[0].Resources[0]);
    }

    [Fact]
    public void Parse_ProjectTemplate_TrustPoliciesNameTheirOnlyCallers()
    {
        var sut = TestTemplate.Resolve();

        var processorTrust = sut.Role(TemplateLogicalIds.TenantProcessorRole).TrustPolicy;
        var userTrust = sut.Role(TemplateLogicalIds.TenantUserRole).TrustPolicy;
        Assert.Equal(PolicyKind.Trust, processorTrust.Kind);
        var execution = sut.Role(TemplateLogicalIds.FunctionExecutionRole).Arn;
        Assert.Equal(execution, processorTrust.Statements[0].Principals[0].Value);
        Assert.Equal(TestTemplate.Parameters.BrokerPrincipalArn, userTrust.Statements[0].Principals[0].Value);
    }

    [Fact]
    public void Parse_ProjectTemplate_NotificationFiresOnlyForOriginals()
    {
        var sut = TestTemplate.Resolve();

        var notification = Assert.Single(sut.Notifications);
        Assert.Equal("s3:ObjectCreated:*", notification.Event);
        Assert.Equal("originals/", notification.Prefix);
        Assert.Equal(TemplateLogicalIds.Function, notification.FunctionLogicalId);
        Assert.Equal("arn:aws:lambda:eu-west-1:111122223333:function:pipe-resize", notification.FunctionArn);
    }

    [Fact]
    public void Parse_ProjectTemplate_ReadsTableBucketAndFunction()
    {
        var sut = TestTemplate.Resolve();

        Assert.Equal(
            new ResolvedTable(
                TemplateLogicalIds.Table,
                "pipe-metadata",
                "arn:aws:dynamodb:eu-west-1:111122223333:table/pipe-metadata",
                "PK",
                "SK",
                "PAY_PER_REQUEST"),
            sut.Table);
        Assert.Equal("pipe-images", sut.BucketName);
        Assert.NotNull(sut.BucketPolicy);
        var function = Assert.Single(sut.Functions);
        Assert.Equal(("pipe-artifacts", "resize.zip"), (function.CodeBucket, function.CodeKey));
        Assert.Equal(sut.Role(TemplateLogicalIds.FunctionExecutionRole).Arn, function.RoleArn);
    }

    [Fact]
    public void Parse_ProjectTemplate_FunctionStartsWithOneMallocArena()
    {
        var sut = TestTemplate.Resolve();

        var function = Assert.Single(sut.Functions);

        Assert.Equal("1", function.Environment["MALLOC_ARENA_MAX"]);
    }

    [Fact]
    public void Parse_BoundaryParameterGiven_IfSelectsTheBoundary()
    {
        var parameters = TestTemplate.Parameters with
        {
            Extra = new Dictionary<string, string>
            {
                ["PermissionsBoundaryArn"] = "arn:aws:iam::111122223333:policy/cap",
            },
        };

        var with = TemplateReader.Parse(TestTemplate.Text, parameters);
        var without = TestTemplate.Resolve();

        Assert.Equal(
            "arn:aws:iam::111122223333:policy/cap",
            with.Role(TemplateLogicalIds.TenantUserRole).PermissionsBoundaryArn);
        Assert.Null(without.Role(TemplateLogicalIds.TenantUserRole).PermissionsBoundaryArn);
    }

    [Fact]
    public void Parse_ShortForms_ResolveLikeTheirLongForms()
    {
        var yaml = """
            Parameters:
              Name: {Type: String, Default: n}
            Conditions:
              IsN: !Equals [!Ref Name, n]
            Resources:
              ImageBucket: {Type: AWS::S3::Bucket, Properties: {BucketName: !Join ["-", [!Ref Name,
            """
            + """ !Select [1, !Split [",", "a,b"]]]]}}""" + "\n"
            + """
              MetadataTable:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: !If [IsN, !Sub "${Name}-${AWS::Region}", other]
                  KeySchema: [{AttributeName: PK, KeyType: HASH}]
            """;

        var sut = TemplateReader.Parse(yaml, TestTemplate.Parameters);

        Assert.Equal("n-b", sut.BucketName);
        Assert.Equal("n-eu-west-1", sut.Table.TableName);
        Assert.Empty(sut.Roles);
    }

    [Fact]
    public void Parse_JsonTemplateWithLongForms_Resolves()
    {
        var json = """
            {"Resources": {
              "ImageBucket": {"Type": "AWS::S3::Bucket", "Properties": {
                "BucketName": {"Fn::Sub": "${AWS::StackName}-b"}}},
              "MetadataTable": {"Type": "AWS::DynamoDB::Table", "Properties": {
                "TableName": {"Fn::Join": ["", [{"Fn::GetAtt": "ImageBucket.Arn"}, "-t"]]},
                "KeySchema": [{"AttributeName": "PK", "KeyType": "HASH"}]}}}}
            """;

        var sut = TemplateReader.Parse(json, TestTemplate.Parameters);

        Assert.Equal("pipe-b", sut.BucketName);
        Assert.Equal("arn:aws:s3:::pipe-b-t", sut.Table.TableName);
    }

    [Theory]
    [InlineData("Resources: {X: {Type: AWS::S3::Bucket, Properties: {BucketName: !Ref Missing}}}", "Missing")]
    [InlineData("Resources: {X: {Type: AWS::S3::Bucket, Properties: {BucketName: !Bogus a}}}", "!Bogus")]
    [InlineData("Parameters: {P: {Type: String}}\nResources: {}", "'P'")]
    [InlineData("Resources: [", "YAML")]
    public void Parse_BadTemplate_RejectedNamingTheProblem(string yaml, string expected)
    {
        var error = Assert.Throws<TemplateException>(() => TemplateReader.Parse(yaml, TestTemplate.Parameters));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BucketNameBreaksAllowedPattern_Rejected()
    {
        var error = Assert.Throws<TemplateException>(
            () => TemplateReader.Parse(TestTemplate.Text, TestTemplate.Parameters with { BucketName = "Bad_Name" }));

        Assert.Contains("Bad_Name", error.Message, StringComparison.Ordinal);
    }
}
