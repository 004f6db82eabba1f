using System.Text.Json.Serialization;

namespace ImagePipeline.LocalCloud.Gateway;

/// <summary>Source-generated JSON for the few values the gateway writes itself.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class GatewayJsonContext : JsonSerializerContext;
