using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImagePipeline.LocalCloud.Emulator;

/// <summary>A running moto server on a loopback port: the storage behind the local cloud.</summary>
/// <remarks>
/// One process serves S3, DynamoDB, STS, IAM and CloudFormation. State lives in the process's memory and is
/// gone when it stops, so callers that share a server use unique bucket and table names.
/// </remarks>
public sealed partial class MotoServer : IAsyncDisposable
{
    private const int MaxStartAttempts = 3;
    private const int OutputTailLines = 20;

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    private readonly Process _process;
    private readonly ILogger _logger;
    private readonly Queue<string> _outputTail = new();
    private int _stopped;

    private MotoServer(Process process, Uri endpoint, ILogger logger)
    {
        _process = process;
        Endpoint = endpoint;
        _logger = logger;
    }

    /// <summary>The server's base address, for example <c>http://127.0.0.1:45123</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>Finds or installs moto, starts it on a free loopback port and waits until it answers.</summary>
    /// <exception cref="EmulatorSetupException">moto could not be found, installed or started.</exception>
    public static async Task<MotoServer> StartAsync(
        ILogger? logger = null,
        CancellationToken cancellationToken = default)
    {
        logger ??= NullLogger.Instance;
        var installation = await new MotoLocator(logger).LocateOrInstallAsync(cancellationToken);

        EmulatorSetupException? lastFailure = null;
        for (var attempt = 1; attempt <= MaxStartAttempts; attempt++)
        {
            var server = Launch(installation, FreeLoopbackPort(), logger);
            try
            {
                await server.WaitUntilReadyAsync(cancellationToken);
                LogStarted(logger, server.Endpoint, server._process.Id);
                return server;
            }
            catch (EmulatorSetupException ex)
            {
                // The port may have been taken between choosing it and binding it; another port usually works.
                lastFailure = ex;
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }

        throw lastFailure!;
    }

    /// <summary>Stops the server: a polite signal first, then a kill after a short grace period.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _ = SendTerminate(_process.Id, 15);
                using var grace = new CancellationTokenSource(StopGrace);
                try
                {
                    await _process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync();
                }
            }

            LogStopped(_logger, Endpoint);
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static MotoServer Launch(MotoInstallation installation, int port, ILogger logger)
    {
        var startInfo = new ProcessStartInfo(installation.ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("-H");
        startInfo.ArgumentList.Add("127.0.0.1");
        startInfo.ArgumentList.Add("-p");
        startInfo.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var process = Process.Start(startInfo) ?? throw new EmulatorSetupException(
            $"Could not start '{installation.ExecutablePath}'. Check that it is executable.");
        var server = new MotoServer(process, new Uri($"http://127.0.0.1:{port}"), logger);
        process.OutputDataReceived += (_, e) => server.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => server.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < ReadyTimeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new EmulatorSetupException(
                    $"moto_server exited with code {_process.ExitCode} before answering on {Endpoint}. " +
                    $"Its last output:{Environment.NewLine}{OutputTail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Endpoint, "/moto-api/"), cancellationToken);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100, cancellationToken);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        throw new EmulatorSetupException(
            $"moto_server did not answer on {Endpoint} within {ReadyTimeout.TotalSeconds:0} s. " +
            $"Its last output:{Environment.NewLine}{OutputTail()}");
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_outputTail)
        {
            _outputTail.Enqueue(line);
            while (_outputTail.Count > OutputTailLines)
            {
                _outputTail.Dequeue();
            }
        }
    }

    private string OutputTail()
    {
        lock (_outputTail)
        {
            var text = new StringBuilder();
            foreach (var line in _outputTail)
            {
                text.AppendLine(line);
            }

            return text.Length == 0 ? "(nothing)" : text.ToString();
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // SIGTERM lets moto's werkzeug server close its socket; Process.Kill only sends SIGKILL.
    [DllImport("libc", EntryPoint = "kill")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SendTerminate(int pid, int signal);

    [LoggerMessage(
        EventId = 110,
        Level = LogLevel.Information,
        Message = "moto server ready on {Endpoint} (pid {Pid})")]
    private static partial void LogStarted(ILogger logger, Uri endpoint, int pid);

    [LoggerMessage(EventId = 111, Level = LogLevel.Debug, Message = "moto server on {Endpoint} stopped")]
    private static partial void LogStopped(ILogger logger, Uri endpoint);
}
