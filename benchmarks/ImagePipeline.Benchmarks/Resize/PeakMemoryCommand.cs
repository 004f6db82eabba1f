using System.Diagnostics;
using System.Globalization;
using ImagePipeline.Core.Imaging;

namespace ImagePipeline.Benchmarks.Resize;

/// <summary>
/// Measures peak resident memory of the resize path per engine and input, each in a fresh child process, because
/// libvips allocates outside the managed heap that BenchmarkDotNet's memory diagnoser sees.
/// </summary>
public static class PeakMemoryCommand
{
    public const string ParentFlag = "--peak-memory";
    public const string ChildFlag = "--peak-memory-child";
    public const string RawVips = "vips-raw";
    private const int Runs = 3;

    private static readonly string[] _subjects = [ImageSharpEngine.EngineName, VipsEngine.EngineName, RawVips];

    /// <summary>Runs the peak-memory mode when asked; false lets BenchmarkDotNet handle the arguments.</summary>
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length >= 3 && args[0] == ChildFlag)
        {
            exitCode = RunChild(args[1], args[2]);
            return true;
        }

        if (args.Length >= 1 && args[0] == ParentFlag)
        {
            exitCode = RunParent(args.Length > 1 ? args[1..] : ResizeInputs.Names);
            return true;
        }

        return false;
    }

    private static int RunParent(IReadOnlyList<string> inputs)
    {
        Console.WriteLine($"Peak resident memory, fresh process per cell, {Runs} resizes each (MiB).");
        Console.WriteLine();
        Console.WriteLine("| input | engine | RSS before | peak RSS | peak - before | peak vs imagesharp |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var input in inputs)
        {
            ResizeInputs.PathOf(input);
            long? baselinePeak = null;
            foreach (var subject in _subjects)
            {
                var (before, peak) = MeasureInChild(subject, input);
                baselinePeak ??= peak;
                Console.WriteLine(
                    $"| {input} | {subject} | {MiB(before)} | {MiB(peak)} | {MiB(peak - before)} | " +
                    $"{((double)peak / baselinePeak.Value).ToString("0.00", CultureInfo.InvariantCulture)}x |");
            }
        }

        return 0;
    }

    private static (long Before, long Peak) MeasureInChild(string subject, string input)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(PeakMemoryCommand).Assembly.Location);
        }

        foreach (var argument in new[] { ChildFlag, subject, input })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd().Trim();
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The {subject} child for {input} exited {child.ExitCode}: {output}");
        }

        var parts = output.Split(' ');
        return (
            long.Parse(parts[^2], CultureInfo.InvariantCulture),
            long.Parse(parts[^1], CultureInfo.InvariantCulture));
    }

    private static int RunChild(string subject, string input)
    {
        var bytes = ResizeInputs.Load(input);
        var alpha = input == ResizeInputs.PngAlpha;

        // The raw call runs with libvips configured as the engine configures it, so only the engine's work differs.
        var engine = ImageEngines.Create(subject == RawVips ? VipsEngine.EngineName : subject);
        Func<long> work = subject == RawVips
            ? () => RawVipsResize.Run(bytes, ResizeSpec.Default, alpha)
            : EngineWork(engine, bytes);

        // Runtime start-up, the input and the engine's libraries are loaded before the peak is reset.
        GC.Collect();
        ProcessMemory.ResetPeak();
        var before = ProcessMemory.CurrentKiB();
        for (var i = 0; i < Runs; i++)
        {
            work();
        }

        Console.WriteLine($"{subject} {input} {before} {ProcessMemory.PeakKiB()}");
        return 0;
    }

    private static Func<long> EngineWork(IImageEngine engine, byte[] bytes) => () =>
    {
        var outcome = engine.Resize(bytes, ResizeSpec.Default);
        return outcome.Succeeded
            ? outcome.Variants.Sum(variant => (long)variant.Content.Length)
            : throw new InvalidOperationException(outcome.Rejection.ToString());
    };

    private static string MiB(long kib) => (kib / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
}
