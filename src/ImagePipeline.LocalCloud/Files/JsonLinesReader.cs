using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ImagePipeline.LocalCloud.Files;

/// <summary>Reads the files <see cref="JsonLinesFile{T}"/> writes.</summary>
public static class JsonLinesReader
{
    /// <summary>Reads every record of a file, even while a writer has it open; blank lines are passed over.</summary>
    /// <param name="path">The file.</param>
    /// <param name="typeInfo">The record's JSON contract.</param>
    /// <param name="what">What a record is called in errors, for example "an audit record".</param>
    /// <exception cref="InvalidDataException">A line is not a record; the message names the file and line.</exception>
    public static IEnumerable<T> ReadAll<T>(string path, JsonTypeInfo<T> typeInfo, string what)
        where T : class
    {
        using var reader = new StreamReader(
            new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return Parse(line, typeInfo, $"{path}:{number}", what);
            }
        }
    }

    private static T Parse<T>(string line, JsonTypeInfo<T> typeInfo, string where, string what)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(line, typeInfo)
                ?? throw new InvalidDataException($"{where} is 'null', not {what}.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{where} is not {what}: {ex.Message}", ex);
        }
    }
}
