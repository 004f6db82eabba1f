using System.Diagnostics;
using System.Globalization;
using ImagePipeline.Core.Imaging;

namespace ImagePipeline.Benchmarks.Resize;

/// <summary>
/// Times the engines interleaved, round by round, in one process: on a shared machine whose load drifts, per-round
/// ratios of medians are steadier than separate BenchmarkDotNet cases run minutes apart.
/// </summary>
public static class SideBySideCommand
{
    public const string Flag = "--side-by-side";
    private const int WarmupRounds = 2;
    private const int DefaultRounds = 15;

    /// <summary>Runs the mode when asked; false lets the other modes handle the arguments.</summary>
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || args[0] != Flag)
        {
            return false;
        }

        var input = args.Length > 1 ? args[1] : ResizeInputs.Jpeg12Mp;
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : DefaultRounds;
        exitCode = Run(input, rounds);
        return true;
    }

    private static int Run(string input, int rounds)
    {
        var bytes = ResizeInputs.Load(input);
        var alpha = input == ResizeInputs.PngAlpha;
        var imageSharp = ImageEngines.Create(ImageSharpEngine.EngineName);
        var vips = ImageEngines.Create(VipsEngine.EngineName);
        var subjects = new (string Name, Action Work)[]
        {
            (ImageSharpEngine.EngineName, () => imageSharp.Resize(bytes, ResizeSpec.Default)),
            (VipsEngine.EngineName, () => vips.Resize(bytes, ResizeSpec.Default)),
            (PeakMemoryCommand.RawVips, () => RawVipsResize.Run(bytes, ResizeSpec.Default, alpha)),
        };
        var times = subjects.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < WarmupRounds + rounds; round++)
        {
            for (var k = 0; k < subjects.Length; k++)
            {
                // Rotating the order keeps any one subject from always running right after another's garbage.
                var index = (round + k) % subjects.Length;
                var clock = Stopwatch.StartNew();
                subjects[index].Work();
                if (round >= WarmupRounds)
                {
                    times[index].Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }

        Print(input, rounds, subjects.Select(s => s.Name).ToArray(), times);
        return 0;
    }

    private static void Print(string input, int rounds, string[] names, List<double>[] times)
    {
        var baseline = Median(times[0]);
        Console.WriteLine($"Side by side on {input}, {rounds} interleaved rounds after {WarmupRounds} warm-up rounds.");
        Console.WriteLine();
        Console.WriteLine("| subject | median ms | min ms | throughput vs imagesharp |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (var i = 0; i < names.Length; i++)
        {
            var median = Median(times[i]);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {names[i]} | {median:0.0} | {times[i].Min():0.0} | {baseline / median:0.00}x |"));
        }

        var overhead = Median(times[1]) / Median(times[2]);
        Console.WriteLine();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"vips engine time / raw NetVips call time: {overhead:0.00}"));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1
            ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
