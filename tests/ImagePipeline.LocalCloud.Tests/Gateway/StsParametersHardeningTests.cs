using ImagePipeline.LocalCloud.Gateway.Sts;

namespace ImagePipeline.LocalCloud.Tests.Gateway;

public sealed class StsParametersHardeningTests
{
    private static StsParameters WithTags(params (string Key, string Value)[] tags) =>
        new([.. tags.SelectMany((tag, i) => new[]
        {
            new KeyValuePair<string, string>($"Tags.member.{i + 1}.Key", tag.Key),
            new KeyValuePair<string, string>($"Tags.member.{i + 1}.Value", tag.Value),
        })]);

    [Fact]
    public void DuplicateTagKey_KeysDifferingOnlyInCase_NamesTheRepeat()
    {
        var sut = WithTags(("UserID", "alice"), ("userid", "bob"));

        Assert.Equal("userid", sut.DuplicateTagKey());
    }

    [Fact]
    public void DuplicateTagKey_DistinctKeys_IsNull()
    {
        var sut = WithTags(("UserID", "alice"), ("Team", "a"));

        Assert.Null(sut.DuplicateTagKey());
    }

    [Fact]
    public void Tags_LookedUpInAnotherCase_FindTheTag()
    {
        var sut = WithTags(("UserID", "alice")).Tags();

        Assert.Equal("alice", sut["userid"]);
    }
}
