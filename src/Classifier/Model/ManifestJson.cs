using System.Text.Json.Serialization;

namespace Classifier.Model;

/// <summary>Source-generated JSON for the manifest: no reflection, so trimming and AOT stay safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    AllowTrailingCommas = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(ModelInfo))]
internal sealed partial class ManifestJson : JsonSerializerContext;
