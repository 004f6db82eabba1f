using ImagePipeline.Core.Imaging;
using Amazon.Runtime;

namespace ImagePipeline.Function.Configuration;

/// <summary>Reads <see cref="FunctionOptions"/> from variables, collecting every problem before failing.</summary>
internal static class FunctionOptionsReader
{
    private const string FallbackRegionVariable = "AWS_DEFAULT_REGION";
    private const string AccessKeyVariable = "AWS_ACCESS_KEY_ID";
    private const string SecretKeyVariable = "AWS_SECRET_ACCESS_KEY";
    private const string SessionTokenVariable = "AWS_SESSION_TOKEN";

    public static FunctionOptions Read(Func<string, string?> getVariable)
    {
        string? Get(string name) => getVariable(name) is { Length: > 0 } value ? value.Trim() : null;
        var errors = new List<string>();

        var table = Get(FunctionOptions.TableVariable);
        if (table is null)
        {
            errors.Add($"{FunctionOptions.TableVariable} is not set; set it to the metadata table's name.");
        }

        var region = Get(FunctionOptions.RegionVariable) ?? Get(FallbackRegionVariable);
        if (region is null)
        {
            errors.Add($"{FunctionOptions.RegionVariable} is not set; set it to the region, for example us-east-1.");
        }

        var role = ReadRoleArn(Get(FunctionOptions.ProcessorRoleVariable), errors);
        var endpoint = ReadEndpoint(Get(FunctionOptions.EndpointVariable), errors);
        var credentials = ReadCredentials(
            Get(AccessKeyVariable), Get(SecretKeyVariable), Get(SessionTokenVariable), errors);

        var engine = ReadEngine(Get(FunctionOptions.EngineVariable), errors);
        if (errors.Count > 0)
        {
            throw new FunctionConfigurationException(
                "The resize function cannot start:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        return new FunctionOptions
        {
            TableName = table!,
            Region = region!,
            ProcessorRoleArn = role,
            EndpointUrl = endpoint,
            EngineName = engine,
            Credentials = credentials,
        };
    }

    private static string? ReadRoleArn(string? value, List<string> errors)
    {
        if (value is null || IsRoleArn(value))
        {
            return value;
        }

        errors.Add(
            $"{FunctionOptions.ProcessorRoleVariable} is '{value}', which is not a role ARN; " +
            "set it to arn:aws:iam::ACCOUNT:role/NAME, or unset it to use the function's own credentials.");
        return null;
    }

    private static string? ReadEngine(string? value, List<string> errors)
    {
        if (value is null || ImageEngines.Names.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            return value?.ToLowerInvariant();
        }

        errors.Add(
            $"{FunctionOptions.EngineVariable} is '{value}', which is no image engine; set it to one of " +
            $"{string.Join(", ", ImageEngines.Names)}, or unset it for the default ({ImageEngines.DefaultName}).");
        return null;
    }

    private static bool IsRoleArn(string value) =>
        value.StartsWith("arn:", StringComparison.Ordinal) && value.Contains(":role/", StringComparison.Ordinal);

    private static Uri? ReadEndpoint(string? value, List<string> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        errors.Add(
            $"{FunctionOptions.EndpointVariable} is '{value}', which is not an http or https URL; " +
            "set it to the emulator's address, for example http://127.0.0.1:4566, or unset it for AWS.");
        return null;
    }

    private static AWSCredentials? ReadCredentials(
        string? accessKey,
        string? secretKey,
        string? token,
        List<string> errors)
    {
        if (accessKey is null && secretKey is null)
        {
            return null;
        }

        if (accessKey is null || secretKey is null)
        {
            var missing = accessKey is null ? AccessKeyVariable : SecretKeyVariable;
            errors.Add($"{missing} is not set while its pair is; set both or neither.");
            return null;
        }

        return token is null
            ? new BasicAWSCredentials(accessKey, secretKey)
            : new SessionAWSCredentials(accessKey, secretKey, token);
    }
}
