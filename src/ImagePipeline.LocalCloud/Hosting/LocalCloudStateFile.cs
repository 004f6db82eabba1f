using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ImagePipeline.LocalCloud.Hosting;

/// <summary>Writes and reads the state file that <c>imagepipeline up</c> keeps in its data folder.</summary>
public static class LocalCloudStateFile
{
    /// <summary>The state file's name inside the data folder.</summary>
    public const string FileName = "local-cloud.json";

    /// <summary>The state file's path for a data folder.</summary>
    public static string PathFor(string dataDirectory) => Path.Combine(Path.GetFullPath(dataDirectory), FileName);

    /// <summary>Writes the state, readable by the current user only, since it holds the broker's secret.</summary>
    public static string Write(string dataDirectory, LocalCloudState state)
    {
        var path = PathFor(dataDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(stream.SafeFileHandle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            JsonSerializer.Serialize(stream, state, HostingJsonContext.Default.LocalCloudState);
        }

        return path;
    }

    /// <summary>Removes the state file when it still belongs to the current process.</summary>
    public static void Delete(string dataDirectory)
    {
        var path = PathFor(dataDirectory);
        if (TryRead(dataDirectory, out var state, out _) && state.ProcessId == Environment.ProcessId)
        {
            File.Delete(path);
        }
    }

    /// <summary>Reads the state of the local cloud running for a data folder, or says why there is none.</summary>
    public static bool TryRead(
        string dataDirectory,
        [NotNullWhen(true)] out LocalCloudState? state,
        [NotNullWhen(false)] out string? error)
    {
        state = null;
        var path = PathFor(dataDirectory);
        var start = $"start one with 'imagepipeline up --data {dataDirectory}'";
        if (!File.Exists(path))
        {
            error = $"No local cloud is running for data folder '{dataDirectory}' ({path} does not exist); {start}.";
            return false;
        }

        try
        {
            state = JsonSerializer.Deserialize(File.ReadAllText(path), HostingJsonContext.Default.LocalCloudState);
        }
        catch (JsonException ex)
        {
            error = $"The state file {path} is not valid ({ex.Message}); delete it and {start}.";
            return false;
        }

        if (state is null || !IsRunning(state.ProcessId))
        {
            error = $"The local cloud that wrote {path} is no longer running; {start}.";
            state = null;
            return false;
        }

        error = null;
        return true;
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
