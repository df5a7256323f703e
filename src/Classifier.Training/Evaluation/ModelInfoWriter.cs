using System.Text.Json;
using System.Text.Json.Nodes;
using Classifier.Features;
using Classifier.Model;
using Spectre.Console;

namespace Classifier.Training.Evaluation;

/// <summary>Prints a model's manifest: as JSON, or as a short table.</summary>
internal static class ModelInfoWriter
{
    /// <summary>The settings the features line always gives, as "words 1-2, chars 2-5" ("no chars" when a block is off).</summary>
    private static readonly HashSet<string> NgramSettings = ["wordNgramMax", "charNgramMin", "charNgramMax"];

    public static JsonNode ToJsonNode(ModelInfo info)
    {
        var node = JsonSerializer.SerializeToNode(info, ManifestJson.Default.ModelInfo)!.AsObject();
        node["fileSha256"] = info.FileSha256;
        return node;
    }

    public static void WriteText(IAnsiConsole console, string source, ModelInfo info)
    {
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string name, string value) => grid.AddRow($"[grey]{name}[/]", Markup.Escape(value));
        Row("model", source);
        Row("task", $"{TaskLabels.Name(info.Task)}: {string.Join(", ", info.Labels)}");
        Row("created", $"{info.CreatedUtc:yyyy-MM-dd HH:mm:ss}Z by Classifier {info.LibraryVersion} (format {info.FormatVersion})");
        var targets = info.TrainingData.Targets.Count > 0 ? $" toward {info.TrainingData.Targets.Count:N0} targets" : string.Empty;
        Row("trained on", $"{info.TrainingData.Rows:N0} rows{targets} of {string.Join(", ", info.TrainingData.Files)} (sha256 {Short(info.TrainingData.Sha256)})");
        Row("trainer", string.Join(" ", info.Trainer.Select(kv => $"{kv.Key}={kv.Value}")));
        Row("features", Features(info));
        foreach (var (split, metrics) in info.Metrics)
        {
            Row($"{split} metrics", string.Join("  ", metrics.Select(m => $"{m.Key} {m.Value:0.####}")));
        }

        Row("file sha256", info.FileSha256);
        console.Write(grid);
    }

    /// <summary>
    /// The header's features line: the number of features, the n-gram ranges, then every other featurizer setting that
    /// differs from <see cref="FeaturizerSettings"/>' defaults (<see cref="ChangedSettings"/>), so two models with different
    /// settings read differently; "other settings default" when none does.
    /// </summary>
    internal static string Features(ModelInfo info)
    {
        var f = info.Featurizer;
        // A cap the count equals ("maxFeatures=100000" of a model with 100,000) is still given: it says the cap cut the vocabulary.
        var changed = ChangedSettings(f).Where(s => !NgramSettings.Contains(s.Name)).Select(s => s.Text).ToArray();
        // A block turned off (a maximum of 0) reads "no words" or "no chars", not as the impossible range "chars 1-0".
        var words = f.WordNgramMax == 0 ? "no words" : $"words 1-{f.WordNgramMax}";
        var chars = f.CharNgramMax == 0 ? "no chars" : $"chars {f.CharNgramMin}-{f.CharNgramMax}";
        return $"{info.Features:N0}: {words}, {chars}; "
            + (changed.Length == 0 ? "other settings default" : string.Join(", ", changed));
    }

    /// <summary>
    /// The settings of <paramref name="settings"/> that differ from a default <see cref="FeaturizerSettings"/>, in the
    /// manifest's order, each by its JSON name as a config file writes it: a true boolean by its name ("wordVectors"), a
    /// false one as "useIdf=false", any other value as "name=value" ("untouchedIssueMargin=0.1"). Read from the settings'
    /// JSON, so a setting added to <see cref="FeaturizerSettings"/> shows here with no change to this method.
    /// </summary>
    internal static IReadOnlyList<(string Name, string Text)> ChangedSettings(FeaturizerSettings settings)
    {
        var type = ManifestJson.Default.FeaturizerSettings;
        var given = JsonSerializer.SerializeToNode(settings, type)!.AsObject();
        var defaults = JsonSerializer.SerializeToNode(new FeaturizerSettings(), type)!.AsObject();
        return given.Where(p => !JsonNode.DeepEquals(p.Value, defaults[p.Key]))
            .Select(p => (p.Key, p.Value?.GetValueKind() switch
            {
                JsonValueKind.True => p.Key,
                JsonValueKind.String => $"{p.Key}={p.Value.GetValue<string>()}",
                _ => $"{p.Key}={p.Value?.ToJsonString() ?? "null"}",
            }))
            .ToArray();
    }

    private static string Short(string sha) => sha.Length > 12 ? sha[..12] : sha;
}
