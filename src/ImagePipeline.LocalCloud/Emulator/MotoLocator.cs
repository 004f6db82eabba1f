using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace ImagePipeline.LocalCloud.Emulator;

/// <summary>Finds <c>moto_server</c>, or installs it into a private virtual environment when it is missing.</summary>
/// <remarks>
/// Order: the <c>IMAGEPIPELINE_MOTO_SERVER</c> variable, the PATH, then the project's private environment
/// (<c>~/.imagepipeline/moto-venv</c> unless <c>IMAGEPIPELINE_HOME</c> says otherwise). Only when all three
/// miss does it create that environment with Python 3.9 or newer and install <c>moto[server]</c>.
/// </remarks>
public sealed partial class MotoLocator
{
    /// <summary>The variable that names a <c>moto_server</c> executable to use, skipping the search.</summary>
    public const string OverrideVariable = "IMAGEPIPELINE_MOTO_SERVER";

    /// <summary>The variable that names the project's private folder.</summary>
    public const string HomeVariable = "IMAGEPIPELINE_HOME";

    /// <summary>The moto version installed when none is found.</summary>
    public const string MotoVersion = "5.2.1";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    private readonly ILogger _logger;

    /// <summary>Creates a locator that reports what it does to the logger.</summary>
    public MotoLocator(ILogger logger) => _logger = logger;

    /// <summary>The private folder: <c>IMAGEPIPELINE_HOME</c>, or <c>.imagepipeline</c> in the user's home.</summary>
    public static string HomeDirectory =>
        Environment.GetEnvironmentVariable(HomeVariable) is { Length: > 0 } home
            ? home
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".imagepipeline");

    private static string VirtualEnvironment => Path.Combine(HomeDirectory, "moto-venv");

    private static string VirtualEnvironmentServer => Path.Combine(VirtualEnvironment, "bin", "moto_server");

    /// <summary>Finds <c>moto_server</c>, installing it when nothing is found.</summary>
    /// <exception cref="EmulatorSetupException">
    /// It is missing and could not be installed; the message says what to do.
    /// </exception>
    public async Task<MotoInstallation> LocateOrInstallAsync(CancellationToken cancellationToken = default)
    {
        var found = Locate();
        if (found is not null)
        {
            LogFound(found.ExecutablePath, found.Source);
            return found;
        }

        return await InstallAsync(cancellationToken);
    }

    /// <summary>Finds an existing <c>moto_server</c> without installing anything.</summary>
    /// <param name="getVariable">Reads an environment variable; the process environment when null.</param>
    /// <exception cref="EmulatorSetupException">The override variable names a file that does not exist.</exception>
    public static MotoInstallation? Locate(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        if (getVariable(OverrideVariable) is { Length: > 0 } explicitPath)
        {
            return File.Exists(explicitPath)
                ? new MotoInstallation(explicitPath, OverrideVariable)
                : throw new EmulatorSetupException(
                    $"{OverrideVariable} is '{explicitPath}', but no file is there. " +
                    $"Point it at a moto_server executable, or unset it to let imagepipeline find or install one.");
        }

        if (ProcessRunner.FindOnPath("moto_server") is { } onPath)
        {
            return new MotoInstallation(onPath, "PATH");
        }

        return File.Exists(VirtualEnvironmentServer)
            ? new MotoInstallation(VirtualEnvironmentServer, "private environment")
            : null;
    }

    private async Task<MotoInstallation> InstallAsync(CancellationToken cancellationToken)
    {
        var python = await FindPythonAsync(cancellationToken);
        LogInstalling(VirtualEnvironment, python);

        Directory.CreateDirectory(HomeDirectory);
        await RunStepAsync(
            python,
            ["-m", "venv", VirtualEnvironment],
            "create the virtual environment",
            cancellationToken);

        var pip = Path.Combine(VirtualEnvironment, "bin", "pip");
        await RunStepAsync(
            pip,
            ["install", "--disable-pip-version-check", "--quiet", $"moto[server]=={MotoVersion}"],
            $"install moto[server]=={MotoVersion}",
            cancellationToken);

        if (!File.Exists(VirtualEnvironmentServer))
        {
            throw new EmulatorSetupException(
                $"pip reported success but '{VirtualEnvironmentServer}' does not exist. " +
                $"Delete '{VirtualEnvironment}' and try again, or install moto yourself: " +
                $"pip install 'moto[server]=={MotoVersion}'.");
        }

        return new MotoInstallation(VirtualEnvironmentServer, "private environment (installed now)");
    }

    private static async Task<string> FindPythonAsync(CancellationToken cancellationToken)
    {
        foreach (var name in new[] { "python3", "python" })
        {
            var path = ProcessRunner.FindOnPath(name);
            if (path is null)
            {
                continue;
            }

            var (exitCode, output) = await ProcessRunner.RunAsync(
                path, ["--version"], TimeSpan.FromSeconds(30), cancellationToken);
            var match = PythonVersionPattern().Match(output);
            if (exitCode == 0 && match.Success &&
                int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) == 3 &&
                int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= 9)
            {
                return path;
            }
        }

        throw new EmulatorSetupException(
            "moto_server was not found and cannot be installed: no Python 3.9 or newer is on the PATH. " +
            $"Install Python 3.9+ (with its venv module), or install moto yourself " +
            $"(pip install 'moto[server]=={MotoVersion}') and put moto_server on the PATH, " +
            $"or set {OverrideVariable} to its path.");
    }

    private static async Task RunStepAsync(
        string program,
        string[] arguments,
        string what,
        CancellationToken cancellationToken)
    {
        var (exitCode, output) = await ProcessRunner.RunAsync(program, arguments, InstallTimeout, cancellationToken);
        if (exitCode != 0)
        {
            throw new EmulatorSetupException(
                $"Could not {what} (exit code {exitCode}): {output.Trim()}{Environment.NewLine}" +
                $"Fix the cause above, or install moto yourself (pip install 'moto[server]=={MotoVersion}') " +
                $"and put moto_server on the PATH, or set {OverrideVariable} to its path.");
        }
    }

    [GeneratedRegex(@"Python (\d+)\.(\d+)")]
    private static partial Regex PythonVersionPattern();

    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "Using moto_server at {Path} (found on {Source})")]
    private partial void LogFound(string path, string source);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information,
        Message = "moto_server not found; creating {VirtualEnvironment} with {Python} and installing moto")]
    private partial void LogInstalling(string virtualEnvironment, string python);
}
