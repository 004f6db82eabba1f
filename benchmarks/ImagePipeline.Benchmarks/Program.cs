using BenchmarkDotNet.Running;
using ImagePipeline.Benchmarks.Resize;

if (PeakMemoryCommand.TryRun(args, out var exitCode) || SideBySideCommand.TryRun(args, out exitCode))
{
    return exitCode;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
