using System.Text.Json.Serialization;

namespace ImagePipeline.LocalCloud.Hosting;

/// <summary>Source-generated JSON for the state file of a running local cloud.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LocalCloudState))]
public sealed partial class HostingJsonContext : JsonSerializerContext;
