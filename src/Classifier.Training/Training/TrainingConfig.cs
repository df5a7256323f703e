using System.Text.Json;
using System.Text.Json.Serialization;
using Classifier.Features;

namespace Classifier.Training.Training;

/// <summary>Everything <c>train --config FILE</c> accepts: featurisation and trainer settings. <c>tune</c> writes this file.</summary>
internal sealed record TrainingConfig
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public FeaturizerSettings Featurizer { get; init; } = new();

    public TrainerSettings Trainer { get; init; } = new();

    /// <summary>The defaults for a task: the settings the shipped models were tuned to.</summary>
    public static TrainingConfig Default(ClassifierTask task) => new();

    /// <summary>Reads a config file; unknown keys and out-of-range values are usage errors naming the file.</summary>
    public static TrainingConfig Load(string path)
    {
        TrainingConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<TrainingConfig>(File.ReadAllText(path), Json);
        }
        catch (FileNotFoundException)
        {
            throw new Cli.UsageException($"{path}: config file not found");
        }
        catch (JsonException ex)
        {
            throw new Cli.UsageException($"{path}: invalid config at line {ex.LineNumber + 1}: {ex.Message}");
        }

        if (config is null)
        {
            throw new Cli.UsageException($"{path}: the config file is empty");
        }

        try
        {
            config.Featurizer.Validate();
            config.Trainer.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new Cli.UsageException($"{path}: {ex.Message}");
        }

        return config;
    }

    public void Save(string path) => Classifier.Model.AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
}
