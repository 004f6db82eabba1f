using System.Text;
using ImagePipeline.LocalCloud.Gateway.Classification;

namespace ImagePipeline.LocalCloud.Tests.Gateway;

public sealed class DynamoDbBodyGuardHardeningTests
{
    [Theory]
    [InlineData("""{"X":"&Action=Scan&"}""")]
    [InlineData("""{"X":"&action=PutItem"}""")]
    [InlineData("""{"X":"&%41ction=Scan&"}""")]
    [InlineData("""{"X":"&Act%69on&"}""")]
    [InlineData("Action=Scan")]
    public void Problem_BodyReadingAsAFormWithAnActionField_NamesTheField(string body)
    {
        var sut = DynamoDbBodyGuard.Problem(Encoding.UTF8.GetBytes(body));

        Assert.NotNull(sut);
        Assert.Contains("Action", sut, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("""{"TableName":"t","Key":{"PK":{"S":"USER#a&b=c"}}}""")]
    [InlineData("""{"X":"Action=Scan"}""")]
    [InlineData("""{"X":"&Actions=Scan&"}""")]
    public void Problem_OrdinaryJson_IsNull(string body)
    {
        var sut = DynamoDbBodyGuard.Problem(Encoding.UTF8.GetBytes(body));

        Assert.Null(sut);
    }
}
