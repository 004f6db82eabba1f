using System.Globalization;
using System.Text;
using System.Text.Json;
using ImagePipeline.LocalCloud.Hosting;

namespace ImagePipeline.Cli.Commands;

/// <summary>Prints a tenant user session as shell exports, credential_process JSON or a credentials profile.</summary>
internal static class CredsFormatter
{
    /// <summary>Shell <c>export</c> lines, for <c>eval "$(imagepipeline creds ...)"</c>.</summary>
    public const string Env = "env";

    /// <summary>The JSON the AWS CLI and SDKs read from a <c>credential_process</c>.</summary>
    public const string Json = "json";

    /// <summary>A section for the shared credentials file, named <c>imagepipeline-TENANT</c>.</summary>
    public const string Profile = "profile";

    /// <summary>Formats the session; the format must be one of the constants above.</summary>
    /// <exception cref="ArgumentException">The format is not known.</exception>
    public static string Format(string format, TenantUserSession session, LocalCloudState state) => format switch
    {
        Env => FormatEnv(session, state),
        Json => FormatJson(session),
        Profile => FormatProfile(session, state),
        _ => throw new ArgumentException($"Format '{format}' is unknown; use env, json or profile.", nameof(format)),
    };

    private static string FormatEnv(TenantUserSession session, LocalCloudState state)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"export AWS_ACCESS_KEY_ID={session.AccessKeyId}\n");
        text.Append(CultureInfo.InvariantCulture, $"export AWS_SECRET_ACCESS_KEY={Quote(session.SecretAccessKey)}\n");
        text.Append(CultureInfo.InvariantCulture, $"export AWS_SESSION_TOKEN={Quote(session.SessionToken)}\n");
        text.Append(CultureInfo.InvariantCulture, $"export AWS_REGION={state.Region}\n");
        text.Append(CultureInfo.InvariantCulture, $"export AWS_DEFAULT_REGION={state.Region}\n");
        text.Append(CultureInfo.InvariantCulture, $"export AWS_ENDPOINT_URL={Endpoint(state)}\n");
        return text.ToString();
    }

    private static string FormatJson(TenantUserSession session)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("Version", 1);
            writer.WriteString("AccessKeyId", session.AccessKeyId);
            writer.WriteString("SecretAccessKey", session.SecretAccessKey);
            writer.WriteString("SessionToken", session.SessionToken);
            writer.WriteString(
                "Expiration",
                session.Expiration.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string FormatProfile(TenantUserSession session, LocalCloudState state)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"[imagepipeline-{session.Tenant}]\n");
        text.Append(CultureInfo.InvariantCulture, $"aws_access_key_id = {session.AccessKeyId}\n");
        text.Append(CultureInfo.InvariantCulture, $"aws_secret_access_key = {session.SecretAccessKey}\n");
        text.Append(CultureInfo.InvariantCulture, $"aws_session_token = {session.SessionToken}\n");
        text.Append(CultureInfo.InvariantCulture, $"region = {state.Region}\n");
        text.Append(CultureInfo.InvariantCulture, $"endpoint_url = {Endpoint(state)}\n");
        return text.ToString();
    }

    private static string Endpoint(LocalCloudState state) => state.Endpoint.ToString().TrimEnd('/');

    // Secrets and tokens are base64, whose '+' and '/' are safe in single quotes in every POSIX shell.
    private static string Quote(string value) => "'" + value + "'";
}
