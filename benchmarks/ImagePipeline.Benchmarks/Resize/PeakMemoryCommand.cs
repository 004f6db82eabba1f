using System.Diagnostics;
using System.Globalization;

namespace ImagePipeline.Benchmarks.Resize;

/// <summary>
/// Measures peak resident memory of the resize path per subject and input, each in fresh child processes, because
/// libvips allocates outside the managed heap that BenchmarkDotNet's memory diagnoser sees.
/// </summary>
/// <remarks>
/// A child loads the runtime, the input and the engine, resets the kernel's peak counter, then resizes
/// <see cref="Runs"/> times. "Added" is the peak minus the resident size just before the first resize: the memory
/// the resize itself costs, the first touch of the libraries' code included. Allocation in threaded native code
/// varies from run to run, so each cell is the median of <see cref="Children"/> children. Children get the
/// template's <c>MALLOC_ARENA_MAX</c>, which only a process's environment can set from its start.
/// </remarks>
public static class PeakMemoryCommand
{
    public const string ParentFlag = "--peak-memory";
    public const string ChildFlag = "--peak-memory-child";
    private const int Runs = 3;
    private const int Children = 5;

    /// <summary>glibc's arena limit, which only a process's environment can set from its start.</summary>
    private const string ArenaLimitVariable = "MALLOC_ARENA_MAX";

    /// <summary>The function's environment sets this; a value in this process's environment replaces it.</summary>
    private static readonly string _deployedArenaLimit =
        Environment.GetEnvironmentVariable(ArenaLimitVariable) ?? "1";

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
        Console.WriteLine(
            $"Peak resident memory (MiB): {Children} fresh processes per cell, {Runs} resizes each, medians " +
            "(range of the added memory in brackets).");
        Console.WriteLine(
            $"Children run as the template deploys the function, with {ArenaLimitVariable}={_deployedArenaLimit}.");
        Console.WriteLine();
        Console.WriteLine("| input | subject | RSS before | peak RSS | added by the resize | peak vs imagesharp | " +
            "added vs imagesharp |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var input in inputs)
        {
            ResizeInputs.PathOf(input);
            (double Peak, double Added)? baseline = null;
            foreach (var subject in ResizeSubjects.For(input))
            {
                var samples = Enumerable.Range(0, Children).Select(_ => MeasureInChild(subject, input)).ToList();
                var before = SampleStatistics.Median(samples.Select(s => (double)s.Before));
                var peak = SampleStatistics.Median(samples.Select(s => (double)s.Peak));
                var added = samples.Select(s => (double)(s.Peak - s.Before)).ToList();
                baseline ??= (peak, SampleStatistics.Median(added));
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {input} | {subject} | {MiB(before)} | {MiB(peak)} | {MiB(SampleStatistics.Median(added))} " +
                    $"({MiB(added.Min())} to {MiB(added.Max())}) | {peak / baseline.Value.Peak:0.00}x | " +
                    $"{SampleStatistics.Median(added) / baseline.Value.Added:0.00}x |"));
            }
        }

        return 0;
    }

    private static (long Before, long Peak) MeasureInChild(string subject, string input)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        start.Environment[ArenaLimitVariable] = _deployedArenaLimit;
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
        var work = ResizeSubjects.Create(subject, input, ResizeInputs.Load(input));

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

    private static string MiB(double kib) => (kib / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
}
