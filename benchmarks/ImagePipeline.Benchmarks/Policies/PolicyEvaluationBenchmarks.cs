using BenchmarkDotNet.Attributes;
using ImagePipeline.Core.Metadata;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Policies;
using ImagePipeline.Policies.Templates;
using ImagePipeline.Policies.Verification;

namespace ImagePipeline.Benchmarks.Policies;

/// <summary>Time and allocations of one evaluation against the template's tenant policies.</summary>
[MemoryDiagnoser]
public class PolicyEvaluationBenchmarks
{
    private PolicyEvaluator _single = null!;
    private PolicyEvaluator _user = null!;
    private PolicyEvaluator _processor = null!;
    private AuthorizationRequest _singleRequest = null!;
    private AuthorizationRequest _ownObject = null!;
    private AuthorizationRequest _otherObject = null!;
    private AuthorizationRequest _ownListing = null!;
    private AuthorizationRequest _ownQuery = null!;
    private AuthorizationRequest _processorPutItem = null!;

    [GlobalSetup]
    public void Setup()
    {
        var template = TemplateReader.Load(FindTemplate(), new TemplateParameters());
        var principals = new VerifierPrincipals(template);
        var alice = TenantId.Parse("alice");
        var user = principals.TenantUser(alice);
        var processor = principals.TenantProcessor(alice);
        _user = new PolicySet
        {
            IdentityPolicies = user.IdentityPolicies,
            ResourcePolicy = template.BucketPolicy,
        }.Compile();
        _processor = new PolicySet { IdentityPolicies = processor.IdentityPolicies }.Compile();
        _single = new PolicySet
        {
            IdentityPolicies =
            [
                PolicyDocument.Parse(
                    """
                    {"Version": "2012-10-17",
                     "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}
                    """,
                    PolicyKind.Identity),
            ],
        }.Compile();

        var own = new OriginalObjectKey(alice, "photo.jpg");
        var other = new OriginalObjectKey(TenantId.Parse("alice2"), "photo.jpg");
        _singleRequest = Request(user, "s3:GetObject", $"{template.BucketArn}/{own.Key}");
        _ownObject = Request(user, "s3:GetObject", $"{template.BucketArn}/{own.Key}");
        _otherObject = Request(user, "s3:GetObject", $"{template.BucketArn}/{other.Key}");
        var prefix = ("s3:prefix", ObjectKeyLayout.TenantPrefix(ObjectKind.Original, alice));
        var partition = ("dynamodb:LeadingKeys", ImageRecord.PartitionKeyFor(alice));
        _ownListing = Request(user, "s3:ListBucket", template.BucketArn, prefix);
        _ownQuery = Request(user, "dynamodb:Query", template.Table.Arn, partition);
        _processorPutItem = Request(processor, "dynamodb:PutItem", template.Table.Arn, partition);
    }

    [Benchmark(Baseline = true)]
    public Decision SingleStatementAllow() => _single.Evaluate(_singleRequest).Decision;

    [Benchmark]
    public Decision TenantUserOwnObject() => _user.Evaluate(_ownObject).Decision;

    [Benchmark]
    public Decision TenantUserOtherTenantObject() => _user.Evaluate(_otherObject).Decision;

    [Benchmark]
    public Decision TenantUserListOwnPrefix() => _user.Evaluate(_ownListing).Decision;

    [Benchmark]
    public Decision TenantUserQueryOwnPartition() => _user.Evaluate(_ownQuery).Decision;

    [Benchmark]
    public Decision TenantProcessorPutOwnItem() => _processor.Evaluate(_processorPutItem).Decision;

    private static AuthorizationRequest Request(
        VerifierPrincipal principal,
        string action,
        string resource,
        params (string Key, string Value)[] keys)
    {
        var context = principal.Context.Clone();
        foreach (var (key, value) in keys)
        {
            context.Set(key, value);
        }

        return new AuthorizationRequest
        {
            Principal = principal.Arn,
            Action = action,
            Resource = resource,
            Context = context,
        };
    }

    private static string FindTemplate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "deploy", "template.yaml");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException(
            "deploy/template.yaml was not found above the benchmark's directory; run it from the repository.");
    }
}
