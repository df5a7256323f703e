using System.Text.Json;
using Classifier.Features;

namespace Classifier.Model;

/// <summary>
/// Reads manifest.json by walking a <see cref="JsonDocument"/>. The source-generated deserializer would do the
/// same, but costs about 60 ms more when a process loads its first model; the manifest is written with the
/// generated serializer (<see cref="ManifestJson"/>), and a test checks that the two agree on every property.
/// Unknown properties are ignored, except a featurizer setting that is not off (see <see cref="UnknownSettingException"/>);
/// missing ones keep their defaults.
/// </summary>
internal static class ManifestReader
{
    public static ModelInfo Read(JsonElement root)
    {
        var info = new ModelInfo();
        foreach (var p in root.EnumerateObject())
        {
            info = p.Name switch
            {
                "formatVersion" => info with { FormatVersion = p.Value.GetInt32() },
                "task" => info with { Task = p.Value.GetString() switch
                {
                    "sentiment" => ClassifierTask.Sentiment,
                    "stance" => ClassifierTask.Stance,
                    var other => throw new JsonException($"unknown task '{other}'"),
                } },
                "labels" => info with { Labels = Strings(p.Value) },
                "createdUtc" => info with { CreatedUtc = p.Value.GetDateTimeOffset() },
                "libraryVersion" => info with { LibraryVersion = p.Value.GetString() ?? string.Empty },
                "featurizer" => info with { Featurizer = Featurizer(p.Value) },
                "trainer" => info with { Trainer = Object(p.Value, "trainer", x => x.GetString() ?? string.Empty) },
                "trainingData" => info with { TrainingData = TrainingData(p.Value) },
                "metrics" => info with
                {
                    Metrics = Object(p.Value, "metrics", (split, s) => (IReadOnlyDictionary<string, double>)Object(s, $"metrics' '{split}'", m => m.GetDouble())),
                },
                "aliases" => info with { Aliases = Object(p.Value, "aliases", a => (IReadOnlyList<string>)Strings(a)) },
                "representatives" => info with { Representatives = Object(p.Value, "representatives", a => (IReadOnlyList<string>)Strings(a)) },
                "features" => info with { Features = p.Value.GetInt32() },
                "lexiconTerms" => info with { LexiconTerms = p.Value.GetInt32() },
                _ => info,
            };
        }

        return info;
    }

    private static FeaturizerSettings Featurizer(JsonElement e)
    {
        // A manifest without "contractions", "markChanges" or "nameDigitsAsWritten" predates the setting: its model was trained without it.
        var f = new FeaturizerSettings { Contractions = false, MarkChanges = false, NameDigitsAsWritten = false };
        foreach (var p in e.EnumerateObject())
        {
            f = p.Name switch
            {
                "wordNgramMax" => f with { WordNgramMax = p.Value.GetInt32() },
                "charNgramMin" => f with { CharNgramMin = p.Value.GetInt32() },
                "charNgramMax" => f with { CharNgramMax = p.Value.GetInt32() },
                "sublinearTf" => f with { SublinearTf = p.Value.GetBoolean() },
                "useIdf" => f with { UseIdf = p.Value.GetBoolean() },
                "markNegation" => f with { MarkNegation = p.Value.GetBoolean() },
                "contractions" => f with { Contractions = p.Value.GetBoolean() },
                "markChanges" => f with { MarkChanges = p.Value.GetBoolean() },
                "markMoodChanges" => f with { MarkMoodChanges = p.Value.GetBoolean() },
                "appositiveChanges" => f with { AppositiveChanges = p.Value.GetBoolean() },
                "objectChanges" => f with { ObjectChanges = p.Value.GetBoolean() },
                "skipDatelines" => f with { SkipDatelines = p.Value.GetBoolean() },
                "markComparisons" => f with { MarkComparisons = p.Value.GetBoolean() },
                "markMeasures" => f with { MarkMeasures = p.Value.GetBoolean() },
                "markExpectations" => f with { MarkExpectations = p.Value.GetBoolean() },
                "markShifters" => f with { MarkShifters = p.Value.GetBoolean() },
                "endingOutcomes" => f with { EndingOutcomes = p.Value.GetBoolean() },
                "normalizeDigits" => f with { NormalizeDigits = p.Value.GetBoolean() },
                "nameDigitsAsWritten" => f with { NameDigitsAsWritten = p.Value.GetBoolean() },
                "normalizeSocial" => f with { NormalizeSocial = p.Value.GetBoolean() },
                "useLexicon" => f with { UseLexicon = p.Value.GetBoolean() },
                "markContrast" => f with { MarkContrast = p.Value.GetBoolean() },
                "wordMinCount" => f with { WordMinCount = p.Value.GetInt32() },
                "charMinCount" => f with { CharMinCount = p.Value.GetInt32() },
                "maxFeatures" => f with { MaxFeatures = p.Value.GetInt32() },
                "maxTextLength" => f with { MaxTextLength = p.Value.GetInt32() },
                "targetCrossedWords" => f with { TargetCrossedWords = p.Value.GetBoolean() },
                "targetCrossedChars" => f with { TargetCrossedChars = p.Value.GetBoolean() },
                "mentionWindow" => f with { MentionWindow = p.Value.GetInt32() },
                "absentKind" => f with { AbsentKind = p.Value.GetBoolean() },
                "targetPolarity" => f with { TargetPolarity = p.Value.GetBoolean() },
                "judgedActs" => f with { JudgedActs = p.Value.GetBoolean() },
                "markVictims" => f with { MarkVictims = p.Value.GetBoolean() },
                "namesAsWritten" => f with { NamesAsWritten = p.Value.GetBoolean() },
                "ignoreFormerPeople" => f with { IgnoreFormerPeople = p.Value.GetBoolean() },
                "untouchedIssueMargin" => f with { UntouchedIssueMargin = p.Value.GetSingle() },
                "unseenIssueFloor" => f with { UnseenIssueFloor = p.Value.GetSingle() },
                "crossedWeight" => f with { CrossedWeight = p.Value.GetSingle() },
                "mentionWeight" => f with { MentionWeight = p.Value.GetSingle() },
                "lexiconWeight" => f with { LexiconWeight = p.Value.GetSingle() },
                "wordVectors" => f with { WordVectors = p.Value.GetBoolean() },
                "vectorWeight" => f with { VectorWeight = p.Value.GetSingle() },
                "splitWords" => f with { SplitWords = p.Value.GetBoolean() },
                "zipfWeighting" => f with { ZipfWeighting = p.Value.GetBoolean() },
                _ when IsOff(p.Value) => f,
                _ => throw new UnknownSettingException(p.Name, p.Value.GetRawText()),
            };
        }

        // Without normalizeDigits the setting changes nothing: read it as a model trained today has it, so that a model
        // saved before it and the same model retrained compare equal.
        return f.NormalizeDigits || e.TryGetProperty("nameDigitsAsWritten", out _) ? f : f with { NameDigitsAsWritten = true };
    }

    private static TrainingDataInfo TrainingData(JsonElement e) => new()
    {
        Files = e.TryGetProperty("files", out var files) ? Strings(files) : [],
        Sha256 = e.TryGetProperty("sha256", out var sha) ? sha.GetString() ?? string.Empty : string.Empty,
        Rows = e.TryGetProperty("rows", out var rows) ? rows.GetInt32() : 0,
        Targets = e.TryGetProperty("targets", out var targets)
            ? Object(targets, "trainingData's targets", t => t.GetInt32())
            : new Dictionary<string, int>(),
    };

    /// <summary>Whether an unknown setting's value leaves featurising as it is: false, 0 or null (how new settings are added: off by default).</summary>
    private static bool IsOff(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.False or JsonValueKind.Null => true,
        JsonValueKind.Number => value.TryGetDouble(out var d) && d == 0,
        _ => false,
    };

    /// <summary>
    /// An object's properties by name. A name given twice (JsonDocument keeps both) is a damaged manifest, said in its
    /// terms (<paramref name="where"/>: "aliases"), not as .NET's "An item with the same key has already been added".
    /// </summary>
    private static Dictionary<string, T> Object<T>(JsonElement e, string where, Func<string, JsonElement, T> value)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject())
        {
            if (!result.TryAdd(p.Name, value(p.Name, p.Value)))
            {
                throw new InvalidDataException($"manifest.json's {where} names '{p.Name}' twice");
            }
        }

        return result;
    }

    private static Dictionary<string, T> Object<T>(JsonElement e, string where, Func<JsonElement, T> value) => Object(e, where, (_, v) => value(v));

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToArray();
}

/// <summary>
/// A manifest's featurizer setting this library does not know, set to something other than off: the model was written by
/// a later version that featurises text in a way this one cannot, so it would score differently from how it was trained.
/// </summary>
internal sealed class UnknownSettingException(string setting, string value)
    : Exception($"featurizer setting '{setting}' ({value})")
{
    public string Setting { get; } = setting;

    public string Value { get; } = value;
}
