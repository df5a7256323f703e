using System.Text.Json;
using System.Text.Json.Serialization;
using Classifier.Data;
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

    /// <summary>The training CLI's built-in settings for a task (not the shipped models', which models/TASK.config.json holds).</summary>
    public static TrainingConfig Default(ClassifierTask task) => new();

    /// <summary>
    /// Reads a config file. A missing or unreadable file, malformed JSON, unknown keys and out-of-range values are bad-file
    /// errors (exit code 2, as for a bad data file) naming the file and the line: of the JSON error, or of the setting out of range.
    /// </summary>
    /// <exception cref="DataFileException">The file cannot be read or does not hold valid settings.</exception>
    public static TrainingConfig Load(string path)
    {
        // Lines end as LineBreaks ends them for data files (CR-only too), rewritten as line feeds, the only ending
        // System.Text.Json and ConfigLocation count, so every error's line is the one an editor shows. A line break is
        // whitespace between JSON tokens and invalid inside a string either way, so what the file means is unchanged.
        var text = string.Join('\n', LineBreaks.Split(Cli.MissingFile.ReadAllText(path, "config file")));
        TrainingConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<TrainingConfig>(text, Json);
        }
        catch (JsonException ex)
        {
            throw Bad(path, ex.LineNumber is { } line ? (int)line + 1 : 0, $"invalid config{(ex.Path is { Length: > 1 } at ? $" at {at}" : "")}: {Describe(ex)}");
        }
        catch (ArgumentOutOfRangeException ex)
        {
            // A featurizer setting's own range is checked as the reader sets it (FeaturizerSettings' init accessors): the
            // line is that of the value refused, which need not be the value a later occurrence would have kept.
            throw Bad(path, ConfigLocation.LineOfRefused(text, "featurizer", ex.ParamName, ex.ActualValue), Describe(ex));
        }

        if (config is null)
        {
            throw Bad(path, 0, "the config file is empty");
        }

        if (config.Featurizer is null || config.Trainer is null)
        {
            var section = config.Featurizer is null ? "featurizer" : "trainer";
            throw Bad(path, ConfigLocation.LineOf(text, section, null), $"'{section}' must be an object of settings (or left out for the defaults), not null");
        }

        Validate(path, text, "featurizer", config.Featurizer.Validate);
        Validate(path, text, "trainer", config.Trainer.Validate);

        return config;
    }

    /// <summary>Runs a section's settings check; its failure is a bad-file error at the line of the setting it names.</summary>
    private static void Validate(string path, string text, string section, Action validate)
    {
        try
        {
            validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw Bad(path, ConfigLocation.LineOf(text, section, ex.ParamName), Describe(ex));
        }
    }

    private static DataFileException Bad(string path, int line, string message) => new([new DataFileError(path, line, message)], 1);

    /// <summary>A JSON error in the user's terms: no .NET type names, no second (zero-based) line number.</summary>
    private static string Describe(JsonException ex)
    {
        if (ex.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            var name = ex.Message.Split('\'') is { Length: > 2 } parts ? parts[1] : "?";
            return $"unknown setting '{name}'; {UnknownSettingAdvice(name, ex.Path)}";
        }

        if (ex.Message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            return "a value of the wrong kind (a number, true or false, text or an object, as the setting needs)";
        }

        var cut = ex.Message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? ex.Message[..cut] : ex.Message;
    }

    /// <summary>
    /// What to write instead of an unknown setting: the setting of the same object it is most likely a slip for (the
    /// same name in another case, a name it begins with or that begins with it, or one within two edits, three for a
    /// long name), else the settings that object may hold.
    /// </summary>
    private static string UnknownSettingAdvice(string name, string? path)
    {
        // The unknown setting's object: "$.featurizer.wordNgram" is in the featurizer's settings, "$.featuriser" at the top.
        var parent = path is { } p && p.LastIndexOf('.') is > 1 and var dot ? p[..dot] : "$";
        var (owner, type) = parent switch
        {
            "$.featurizer" => ("featurizer", typeof(FeaturizerSettings)),
            "$.trainer" => ("trainer", typeof(TrainerSettings)),
            "$" => (null, typeof(TrainingConfig)),
            _ => ((string?)null, (Type?)null),
        };
        if (type is null)
        {
            return "the settings a config may hold are those `tune --out` writes (see docs/cli.md, \"tune\")";
        }

        var names = Json.GetTypeInfo(type).Properties.Select(property => property.Name).ToArray();
        var closest = names
            .Select(known => (Name: known, Distance: Closeness(name, known)))
            .Where(c => c.Distance is not null)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
        return closest is not null
            ? $"did you mean '{closest}'?"
            : $"the settings {(owner is null ? "a config may hold" : $"of '{owner}'")} are: {string.Join(", ", names)}";
    }

    /// <summary>How close a mistyped setting is to a known one (smaller is closer), or null when it is no likely slip for it.</summary>
    private static int? Closeness(string typed, string known)
    {
        var a = typed.ToLowerInvariant();
        var b = known.ToLowerInvariant();
        if (a == b)
        {
            return 0;
        }

        if (Math.Min(a.Length, b.Length) >= 2 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)))
        {
            return 1;
        }

        var distance = Classifier.EditDistance.Between(a, b);
        return distance <= (a.Length >= 10 ? 3 : 2) ? 1 + distance : null;
    }

    /// <summary>A settings check's failure, by the setting's name in the file, without .NET's "(Parameter ...)" and "Actual value was" lines.</summary>
    private static string Describe(ArgumentOutOfRangeException ex)
    {
        var message = Classifier.ArgumentMessages.Sentence(ex);
        // The value it got, unless the message already quotes it ("Unknown trainer 'maxnet'").
        var shown = ex.ActualValue is null ? null : FormattableString.Invariant($"{ex.ActualValue}");
        var value = shown is null || message.Contains($"'{shown}'", StringComparison.Ordinal) ? "" : $" (got {shown})";
        if (ex.ParamName is not { Length: > 0 } parameter)
        {
            return message.TrimEnd('.') + value;
        }

        var name = char.ToLowerInvariant(parameter[0]) + parameter[1..];
        message = message.Replace(parameter, name, StringComparison.Ordinal).TrimEnd('.');
        return (message.Contains(name, StringComparison.Ordinal) ? message : $"{name}: {message}") + value;
    }

    public void Save(string path) => Classifier.Model.AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
}
