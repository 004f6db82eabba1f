using ImagePipeline.Cli.Demo;
using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Configuration;
using ImagePipeline.Function.Events;
using ImagePipeline.Function.Processing;
using ImagePipeline.IntegrationTests.Infrastructure;
using SixLabors.ImageSharp;

namespace ImagePipeline.IntegrationTests.Pipeline;

public sealed class ResizePipelineTests(MotoFixture moto)
{
    private const string TraceId = "Root=1-65f0a1b2-0123456789abcdef01234567;Sampled=1";

    public static TheoryData<string> Engines => new(ImageEngines.Names);

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task HandleJsonAsync_PhotoUpload_WritesBothVariantsAndTheItemLast(string engine)
    {
        var ct = TestContext.Current.CancellationToken;
        using var sut = await PipelineHarness.CreateAsync(moto, ct, o => o with { EngineName = engine });
        var photo = DemoSamples.Jpeg(1600, 1200, 1);
        var upload = await sut.UploadAsync("originals/alice/trip/sea view.jpg", photo, "0A01", ct);

        var report = await sut.InvokeAsync(upload, new InvocationContext("req-1", TraceId), ct);

        Assert.Equal(RecordOutcomeKind.Processed, Assert.Single(report.Records).Kind);
        var medium = await sut.Storage.GetAsync("processed/alice/trip/sea view.jpg/medium.jpg", ct);
        var thumb = await sut.Storage.GetAsync("processed/alice/trip/sea view.jpg/thumb.jpg", ct);
        AssertImage(medium, "image/jpeg", 1024, 768);
        AssertImage(thumb, "image/jpeg", 256, 192);

        var item = Assert.Single(await sut.Storage.ScanAsync(ct));
        Assert.Equal("USER#alice", item[ImageItemAttributes.PartitionKey].S);
        Assert.Equal("IMAGE#trip/sea view.jpg", item[ImageItemAttributes.SortKey].S);
        Assert.Equal("Processed", item[ImageItemAttributes.Status].S);
        Assert.Equal("Jpeg", item[ImageItemAttributes.Format].S);
        Assert.Equal(("1600", "1200"), (item[ImageItemAttributes.Width].N, item[ImageItemAttributes.Height].N));
        Assert.Equal(Number(upload.Size), item[ImageItemAttributes.SizeBytes].N);
        Assert.Equal(upload.ETag.Trim('"'), item[ImageItemAttributes.ETag].S);
        EventSequencer.TryNormalize("0A01", out var sequencer, out _);
        Assert.Equal(sequencer, item[ImageItemAttributes.Sequencer].S);
        Assert.Equal(TraceId, item[ImageItemAttributes.TraceId].S);
        Assert.Equal("req-1", item[ImageItemAttributes.RequestId].S);
        Assert.Equal(engine, item[ImageItemAttributes.Engine].S);
        Assert.True(item[ImageItemAttributes.Timings].M.ContainsKey("ResizeMs"));
        var variants = item[ImageItemAttributes.Variants].L.Select(v => v.M).ToList();
        Assert.Equal(["medium", "thumb"], variants.Select(v => v["Name"].S));
        Assert.Equal(Number(medium.Content.Length), variants[0]["SizeBytes"].N);
        Assert.Equal("processed/alice/trip/sea view.jpg/thumb.jpg", variants[1]["Key"].S);
    }

    [Fact]
    public async Task HandleJsonAsync_PngWithAlpha_KeepsAlphaInPngVariants()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sut = await PipelineHarness.CreateAsync(moto, ct);
        var upload = await sut.UploadAsync("originals/bob/logo.png", DemoSamples.PngWithAlpha(600, 300, 2), "01", ct);

        var report = await sut.InvokeAsync(upload, new InvocationContext("req-png"), ct);

        Assert.Equal(RecordOutcomeKind.Processed, Assert.Single(report.Records).Kind);
        AssertImage(await sut.Storage.GetAsync("processed/bob/logo.png/medium.png", ct), "image/png", 600, 300);
        AssertImage(await sut.Storage.GetAsync("processed/bob/logo.png/thumb.png", ct), "image/png", 256, 128);
    }

    [Fact]
    public async Task HandleJsonAsync_DuplicateEvent_CreatesNoSecondItemAndKeepsTheFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sut = await PipelineHarness.CreateAsync(moto, ct);
        var upload = await sut.UploadAsync("originals/alice/a.jpg", DemoSamples.Jpeg(800, 600, 3), "0B", ct);
        await sut.InvokeAsync(upload, new InvocationContext("first"), ct);

        var report = await sut.InvokeAsync(upload, new InvocationContext("duplicate"), ct);

        Assert.Equal(RecordOutcomeKind.DuplicateOrOlder, Assert.Single(report.Records).Kind);
        var item = Assert.Single(await sut.Storage.ScanAsync(ct));
        Assert.Equal("first", item[ImageItemAttributes.RequestId].S);
        Assert.Equal("Processed", item[ImageItemAttributes.Status].S);
        Assert.Equal(2, (await sut.Storage.ListAsync("processed/alice/a.jpg/", ct)).Count);
    }

    [Fact]
    public async Task HandleJsonAsync_OlderEventAfterNewerUploadOfOtherContent_IsSupersededAndChangesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sut = await PipelineHarness.CreateAsync(moto, ct);
        var older = await sut.UploadAsync("originals/alice/b.jpg", DemoSamples.Jpeg(800, 600, 4), "0C01", ct);
        var newer = await sut.UploadAsync("originals/alice/b.jpg", DemoSamples.Jpeg(600, 900, 5), "0C02", ct);
        await sut.InvokeAsync(newer, new InvocationContext("newer"), ct);

        var report = await sut.InvokeAsync(older, new InvocationContext("older"), ct);

        Assert.Equal(RecordOutcomeKind.Superseded, Assert.Single(report.Records).Kind);
        var item = Assert.Single(await sut.Storage.ScanAsync(ct));
        Assert.Equal("newer", item[ImageItemAttributes.RequestId].S);
        Assert.Equal(("600", "900"), (item[ImageItemAttributes.Width].N, item[ImageItemAttributes.Height].N));
        AssertImage(await sut.Storage.GetAsync("processed/alice/b.jpg/thumb.jpg", ct), "image/jpeg", 171, 256);
    }

    [Fact]
    public async Task HandleJsonAsync_NewerUploadFinishesDuringAnOlderEvent_VariantsEndFromTheNewerUpload()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sut = await PipelineHarness.CreateAsync(moto, ct);
        var older = await sut.UploadAsync("originals/alice/race.jpg", DemoSamples.Jpeg(800, 600, 13), "1401", ct);
        var engine = new InterleavingEngine(ImageEngines.Create(ImageEngines.DefaultName), async () =>
        {
            var newer = await sut.UploadAsync("originals/alice/race.jpg", DemoSamples.Jpeg(600, 900, 14), "1402", ct);
            await sut.InvokeAsync(newer, new InvocationContext("newer"), ct);
        });
        var slowOlder = new ResizeFunction(
            ResizeFunctionFactory.CreateTenantClients(sut.Storage.Options),
            engine,
            new ResizeFunctionSettings { TableName = sut.Storage.Options.TableName });

        var report = await slowOlder.HandleAsync(S3EventFactory.ForUpload(older), new InvocationContext("older"), ct);

        Assert.Equal(RecordOutcomeKind.Superseded, Assert.Single(report.Records).Kind);
        var item = Assert.Single(await sut.Storage.ScanAsync(ct));
        Assert.Equal("newer", item[ImageItemAttributes.RequestId].S);
        AssertImage(await sut.Storage.GetAsync("processed/alice/race.jpg/medium.jpg", ct), "image/jpeg", 600, 900);
        AssertImage(await sut.Storage.GetAsync("processed/alice/race.jpg/thumb.jpg", ct), "image/jpeg", 171, 256);
    }

    [Fact]
    public async Task HandleJsonAsync_OlderSequencerForTheSameContent_DoesNotOverwriteTheNewerItem()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sut = await PipelineHarness.CreateAsync(moto, ct);
        var bytes = DemoSamples.Jpeg(640, 480, 6);
        var older = await sut.UploadAsync("originals/alice/c.jpg", bytes, "0D01", ct);
        var newer = await sut.UploadAsync("originals/alice/c.jpg", bytes, "0D02", ct);
        await sut.InvokeAsync(newer, new InvocationContext("newer"), ct);

        var report = await sut.InvokeAsync(older, new InvocationContext("older"), ct);

        Assert.Equal(RecordOutcomeKind.DuplicateOrOlder, Assert.Single(report.Records).Kind);
        var item = Assert.Single(await sut.Storage.ScanAsync(ct));
        Assert.Equal("newer", item[ImageItemAttributes.RequestId].S);
        Assert.StartsWith("0D02", item[ImageItemAttributes.Sequencer].S, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("random")]
    public async Task HandleJsonAsync_HostileImage_EndsAsRejectedItemAndLeavesTheOriginalUntouched(string kind)
    {
        var ct = TestContext.Current.CancellationToken;
        using var sut = await PipelineHarness.CreateAsync(moto, ct);
        var bytes = kind == "truncated"
            ? DemoSamples.Truncated(DemoSamples.Jpeg(800, 600, 7))
            : DemoSamples.RandomBytes(2048, 8);
        var upload = await sut.UploadAsync("originals/alice/bad.jpg", bytes, "0E", ct);

        var report = await sut.InvokeAsync(upload, new InvocationContext("req-bad"), ct);

        Assert.Equal(RecordOutcomeKind.Rejected, Assert.Single(report.Records).Kind);
        var item = Assert.Single(await sut.Storage.ScanAsync(ct));
        Assert.Equal("Rejected", item[ImageItemAttributes.Status].S);
        Assert.False(string.IsNullOrWhiteSpace(item[ImageItemAttributes.RejectionReason].S));
        Assert.False(string.IsNullOrWhiteSpace(item[ImageItemAttributes.RejectionMessage].S));
        Assert.Empty(item[ImageItemAttributes.Variants].L);
        Assert.Empty(await sut.Storage.ListAsync("processed/", ct));
        Assert.Equal(bytes, (await sut.Storage.GetAsync("originals/alice/bad.jpg", ct)).Content);
    }

    [Fact]
    public async Task HandleJsonAsync_PngDeclaring20000x20000_IsRejectedForItsPixelsBeforeDecoding()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sut = await PipelineHarness.CreateAsync(moto, ct);
        var bomb = PngBomb.Create(20_000, 20_000);
        var upload = await sut.UploadAsync("originals/alice/bomb.png", bomb, "0E", ct);

        var report = await sut.InvokeAsync(upload, new InvocationContext("req-bomb"), ct);

        Assert.True(bomb.Length < 8 * 1024, $"the bomb is {bomb.Length} bytes");
        Assert.Equal(RecordOutcomeKind.Rejected, Assert.Single(report.Records).Kind);
        var item = Assert.Single(await sut.Storage.ScanAsync(ct));
        Assert.Equal(nameof(RejectionReason.TooManyPixels), item[ImageItemAttributes.RejectionReason].S);
        Assert.Empty(await sut.Storage.ListAsync("processed/", ct));
    }

    [Fact]
    public async Task HandleJsonAsync_WithTenantSessionsFromSts_ProcessesThroughTheTenantsSession()
    {
        var ct = TestContext.Current.CancellationToken;
        const string role = "arn:aws:iam::123456789012:role/tenant-processor";
        using var sut = await PipelineHarness.CreateAsync(moto, ct, o => o with { ProcessorRoleArn = role });
        var upload = await sut.UploadAsync("originals/carol/f.jpg", DemoSamples.Jpeg(400, 300, 12), "13", ct);

        var report = await sut.InvokeAsync(upload, new InvocationContext("req-sts"), ct);

        Assert.Equal(RecordOutcomeKind.Processed, Assert.Single(report.Records).Kind);
        Assert.Equal("USER#carol", Assert.Single(await sut.Storage.ScanAsync(ct))[ImageItemAttributes.PartitionKey].S);
    }

    [Theory]
    [InlineData("uploads/alice/a.jpg")]
    [InlineData("originals/Alice/a.jpg")]
    [InlineData("originals/alice/../bob/a.jpg")]
    public async Task HandleJsonAsync_KeyOutsideATenantsOriginals_IsRefusedAndWritesNothing(string key)
    {
        var ct = TestContext.Current.CancellationToken;
        using var sut = await PipelineHarness.CreateAsync(moto, ct);
        var upload = await sut.UploadAsync(key, DemoSamples.Jpeg(300, 200, 9), "0F", ct);

        var report = await sut.InvokeAsync(upload, new InvocationContext("req-key"), ct);

        Assert.Equal(RecordOutcomeKind.Refused, Assert.Single(report.Records).Kind);
        Assert.Empty(await sut.Storage.ScanAsync(ct));
        Assert.Empty(await sut.Storage.ListAsync("processed/", ct));
    }

    [Fact]
    public async Task HandleJsonAsync_EventsForWrittenVariants_NeverMatchTheOriginalsRule()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sut = await PipelineHarness.CreateAsync(moto, ct);
        var upload = await sut.UploadAsync("originals/alice/d.jpg", DemoSamples.Jpeg(500, 400, 10), "10", ct);
        await sut.InvokeAsync(upload, new InvocationContext("req-d"), ct);
        var variants = await sut.Storage.ListAsync("processed/", ct);

        var reports = new List<InvocationReport>();
        foreach (var variant in variants)
        {
            Assert.False(ObjectKeyLayout.ParseKey(variant.Key).IsValid);
            var echo = new S3Upload(sut.Storage.Bucket, variant.Key, variant.Size ?? 0, variant.ETag, "11");
            reports.Add(await sut.InvokeAsync(echo, new InvocationContext("req-echo"), ct));
        }

        Assert.Equal(2, variants.Count);
        Assert.All(reports, r => Assert.Equal(RecordOutcomeKind.Refused, Assert.Single(r.Records).Kind));
        Assert.Single(await sut.Storage.ScanAsync(ct));
        Assert.Equal(2, (await sut.Storage.ListAsync("processed/", ct)).Count);
    }

    [Fact]
    public async Task HandleJsonAsync_TableMissing_ThrowsSoLambdaRetriesAndStillAttemptsOtherRecords()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sut = await PipelineHarness.CreateAsync(moto, ct);
        var upload = await sut.UploadAsync("originals/alice/e.jpg", DemoSamples.Jpeg(300, 300, 11), "12", ct);
        var broken = ResizeFunctionFactory.Create(
            sut.Storage.Options with { TableName = "missing-" + Guid.NewGuid().ToString("N")[..8] });
        var s3Event = S3EventFactory.ForUpload(upload);
        var outside = S3EventFactory.ForUpload(upload with { Key = "x/y.jpg" });
        var twoRecords = new S3Event { Records = [s3Event.Records![0], outside.Records![0]] };

        var error = await Assert.ThrowsAsync<FunctionInvocationException>(
            () => broken.HandleAsync(twoRecords, new InvocationContext("req-e"), ct));

        Assert.Equal(RecordOutcomeKind.Failed, error.Report.Records[0].Kind);
        Assert.Equal(RecordOutcomeKind.Refused, error.Report.Records[1].Kind);
    }

    private static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertImage(
        (byte[] Content, string ContentType) actual,
        string contentType,
        int width,
        int height)
    {
        Assert.Equal(contentType, actual.ContentType);
        var info = Image.Identify(actual.Content);
        Assert.NotNull(info);
        Assert.Equal((width, height), (info.Width, info.Height));
    }
}
