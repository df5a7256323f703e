using System.Text.Json;
using System.Text.Json.Nodes;
using Classifier.Model;
using Spectre.Console;

namespace Classifier.Training.Evaluation;

/// <summary>Prints a model's manifest: as JSON, or as a short table.</summary>
internal static class ModelInfoWriter
{
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
        var f = info.Featurizer;
        Row("features", $"{info.Features:N0}: words 1-{f.WordNgramMax}, chars {f.CharNgramMin}-{f.CharNgramMax}" +
            $"{(f.SublinearTf ? ", sublinear tf" : string.Empty)}{(f.UseIdf ? ", idf" : string.Empty)}{(f.MarkNegation ? ", negation marks" : string.Empty)}");
        foreach (var (split, metrics) in info.Metrics)
        {
            Row($"{split} metrics", string.Join("  ", metrics.Select(m => $"{m.Key} {m.Value:0.####}")));
        }

        Row("file sha256", info.FileSha256);
        console.Write(grid);
    }

    private static string Short(string sha) => sha.Length > 12 ? sha[..12] : sha;
}
