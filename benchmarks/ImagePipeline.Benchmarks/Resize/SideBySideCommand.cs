using System.Diagnostics;
using System.Globalization;

namespace ImagePipeline.Benchmarks.Resize;

/// <summary>
/// Times the resize subjects side by side in one process: the latency of one resize, interleaved round by round,
/// then throughput with every core busy. On a shared machine whose load drifts, ratios taken this way are steadier
/// than separate BenchmarkDotNet cases run minutes apart.
/// </summary>
public static class SideBySideCommand
{
    public const string Flag = "--side-by-side";
    private const int WarmupRounds = 2;
    private const int DefaultRounds = 15;
    private const int ThroughputRounds = 3;
    private static readonly TimeSpan _throughputSlice = TimeSpan.FromSeconds(3);

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
        var bytes = ResizeInputs.Load(input);
        var subjects = ResizeSubjects.For(input)
            .Select(name => (Name: name, Work: ResizeSubjects.Create(name, input, bytes)))
            .ToArray();
        PrintLatency(input, rounds, subjects);
        Console.WriteLine();
        PrintThroughput(subjects);
        return true;
    }

    private static void PrintLatency(string input, int rounds, (string Name, Func<long> Work)[] subjects)
    {
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

        var baseline = SampleStatistics.Median(times[0]);
        Console.WriteLine($"One resize at a time on {input}: {rounds} interleaved rounds after {WarmupRounds} " +
            "warm-up rounds.");
        Console.WriteLine();
        Console.WriteLine("| subject | median ms | min ms | speed vs imagesharp |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (var i = 0; i < subjects.Length; i++)
        {
            var median = SampleStatistics.Median(times[i]);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {subjects[i].Name} | {median:0.0} | {times[i].Min():0.0} | {baseline / median:0.00}x |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"vips engine time / raw NetVips call time: " +
            $"{SampleStatistics.Median(times[1]) / SampleStatistics.Median(times[2]):0.00}"));
    }

    /// <summary>Keeps one worker per core resizing for a fixed slice per subject, in interleaved rounds.</summary>
    /// <remarks>
    /// This is the load of a host resizing many uploads at once. An engine that spreads one image over several
    /// cores gains nothing here, so the figures compare work per image; CPU time per image comes from the
    /// process's own CPU clock and includes the garbage collector's threads.
    /// </remarks>
    private static void PrintThroughput((string Name, Func<long> Work)[] subjects)
    {
        var workers = Environment.ProcessorCount;
        var images = new long[subjects.Length];
        var cpu = subjects.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < ThroughputRounds; round++)
        {
            for (var k = 0; k < subjects.Length; k++)
            {
                var index = (round + k) % subjects.Length;
                var (inSlice, cpuMsPerImage) = Saturate(subjects[index].Work, workers);
                images[index] += inSlice;
                cpu[index].Add(cpuMsPerImage);
            }
        }

        Console.WriteLine($"Throughput with {workers} worker{(workers == 1 ? "" : "s")} (one per core), " +
            $"{ThroughputRounds} interleaved rounds " +
            $"of {_throughputSlice.TotalSeconds:0} s per subject.");
        Console.WriteLine();
        Console.WriteLine("| subject | images/s | CPU ms per image | throughput vs imagesharp |");
        Console.WriteLine("|---|---:|---:|---:|");
        var seconds = ThroughputRounds * _throughputSlice.TotalSeconds;
        var baseline = images[0] / seconds;
        for (var i = 0; i < subjects.Length; i++)
        {
            var rate = images[i] / seconds;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {subjects[i].Name} | {rate:0.0} | {SampleStatistics.Median(cpu[i]):0.0} | " +
                $"{rate / baseline:0.00}x |"));
        }
    }

    /// <summary>Runs the work on every worker for one slice.</summary>
    /// <returns>
    /// The images finished within the slice, and the CPU time per image over all finished ones: a resize still
    /// running when the slice ends is finished but not counted as throughput.
    /// </returns>
    private static (long InSlice, double CpuMsPerImage) Saturate(Func<long> work, int workers)
    {
        work();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        using var ready = new Barrier(workers + 1);
        var clock = new Stopwatch();
        long inSlice = 0;
        long finished = 0;
        var threads = Enumerable.Range(0, workers)
            .Select(_ => new Thread(() =>
            {
                ready.SignalAndWait();
                while (clock.Elapsed < _throughputSlice)
                {
                    work();
                    Interlocked.Increment(ref finished);
                    if (clock.Elapsed <= _throughputSlice)
                    {
                        Interlocked.Increment(ref inSlice);
                    }
                }
            }))
            .ToList();
        threads.ForEach(thread => thread.Start());
        var processorBefore = process.TotalProcessorTime;
        clock.Start();
        ready.SignalAndWait();
        threads.ForEach(thread => thread.Join());
        process.Refresh();
        var processor = process.TotalProcessorTime - processorBefore;
        return (inSlice, processor.TotalMilliseconds / finished);
    }
}
