using ImagePipeline.Cli.Commands;

namespace ImagePipeline.Cli.Tests;

public class PolicyBatchSimulatorTests
{
    private static string Line(string id, string action) =>
        $$$"""{"id": "{{{id}}}", "identityPolicies": [{"Version": "2012-10-17", "Statement": """
        + $$$"""{"Effect": "Allow", "Action": "{{{action}}}", "Resource": "*"}}], "request": """
        + """{"principal": "arn:aws:iam::111122223333:user/u", "action": "s3:GetObject", "resource":"""
        + """ "arn:aws:s3:::b/k"}}""";

    [Fact]
    public void Run_RepeatedPolicies_CompiledOnce()
    {
        var sut = new PolicyBatchSimulator();
        var input = string.Join('\n', Line("1", "s3:GetObject"), Line("2", "s3:GetObject"), Line("3", "s3:PutObject"));
        var output = new StringWriter();

        var exitCode = sut.Run(new StringReader(input), output, new StringWriter());

        Assert.Equal(0, exitCode);
        Assert.Equal(2, sut.CompiledSets);
        Assert.Equal(3, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Run_EmptyLines_AreSkippedWithoutAnswers()
    {
        var sut = new PolicyBatchSimulator();
        var output = new StringWriter();

        sut.Run(new StringReader("\n\n" + Line("1", "s3:GetObject") + "\n\n"), output, new StringWriter());

        Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
