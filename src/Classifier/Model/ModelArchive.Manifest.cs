using System.Text.Json;

namespace Classifier.Model;

/// <summary>A model file's <c>manifest.json</c>, read into a <see cref="ModelInfo"/> and checked against the task and the library.</summary>
internal static partial class ModelArchive
{
    /// <summary>A value the manifest's records or settings refuse, said without .NET's "(Parameter ...)" and "Actual value was" lines.</summary>
    private static InvalidDataException NoModelHas(ArgumentException ex) =>
        new($"manifest.json holds a value no model has: {ArgumentMessages.Sentence(ex).TrimEnd('.')}", ex);

    private static ModelInfo ReadManifest(byte[] json, string path, ClassifierTask? expectedTask)
    {
        // JsonDocument checks UTF-8 lazily, inside strings only when they are read: check it all first.
        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            throw new InvalidDataException("manifest.json is not valid UTF-8");
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("formatVersion", out var v) || v.ValueKind != JsonValueKind.Number)
        {
            throw new ModelFileException(path, "manifest.json has no formatVersion; this is not a Classifier model");
        }

        if (!v.TryGetInt32(out var version))
        {
            var raw = v.GetRawText();
            throw new ModelFileException(path, raw.AsSpan().IndexOfAny('.', 'e', 'E') >= 0
                ? $"manifest.json's formatVersion is {raw}, not a whole number such as 1; the file was damaged or edited by hand"
                : $"has model format version {raw}, but this library (version {LibraryInfo.Version}) reads versions 1 to {ModelInfo.CurrentFormatVersion}; " +
                  "load it with the library version that wrote it, or retrain it with this one");
        }

        if (version < 1 || version > ModelInfo.CurrentFormatVersion)
        {
            throw new ModelFileException(path, $"has model format version {version}, but this library " +
                $"(version {LibraryInfo.Version}) reads versions 1 to {ModelInfo.CurrentFormatVersion}; " +
                "load it with the library version that wrote it, or retrain it with this one");
        }

        ModelInfo info;
        try
        {
            info = ManifestReader.Read(document.RootElement);
        }
        catch (InvalidOperationException ex)
        {
            // JsonElement's accessors throw this when a value has the wrong kind (a number where a string belongs).
            throw new InvalidDataException($"manifest.json has a value of the wrong kind ({ex.Message})", ex);
        }
        catch (ArgumentException ex)
        {
            // A value the manifest's records refuse (a negative count, a null name, a setting out of range).
            throw NoModelHas(ex);
        }
        catch (UnknownSettingException ex)
        {
            var wrote = document.RootElement.TryGetProperty("libraryVersion", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString() : null;
            var writer = wrote is null ? "written by another version of Classifier: load it with that version or a later one"
                : wrote == LibraryInfo.Version ? $"written by another build of Classifier {wrote} that has the setting: load it with that build"
                : $"written by Classifier {wrote}: load it with that version or a later one";
            throw new ModelFileException(path, $"uses the featurizer setting '{ex.Setting}' ({ex.Value}), which this library " +
                $"(version {LibraryInfo.Version}) does not know, so it cannot score text as the model was trained to; it was " +
                $"{writer}, or retrain it with this one", ex);
        }

        if (expectedTask is { } expected && info.Task != expected)
        {
            throw new ModelFileException(path, $"is a {TaskLabels.Name(info.Task)} model, but a {TaskLabels.Name(expected)} " +
                $"model was expected; load it with {(info.Task == ClassifierTask.Stance ? "StanceClassifier" : "SentimentClassifier")}.Load");
        }

        var allowed = TaskLabels.For(info.Task);
        if (info.Labels.Count < 2 || info.Labels.Distinct().Count() != info.Labels.Count || info.Labels.Any(l => !allowed.Contains(l)))
        {
            throw new ModelFileException(path, $"manifest.json lists labels [{string.Join(", ", info.Labels)}]; " +
                $"a {TaskLabels.Name(info.Task)} model needs two or more distinct labels from: {string.Join(", ", allowed)}");
        }

        // Only what no caller could use: the naming rules of the training files are not re-applied (NameTableRules.Unusable).
        if (Stance.NameTableRules.Unusable(info.Aliases, info.Representatives) is { } names)
        {
            var (table, file) = names.Table == Stance.NameTableKind.Aliases ? ("aliases", "alias file") : ("representatives", "representatives file");
            throw new ModelFileException(path, $"manifest.json's {table} table holds an entry no caller could use, which no training " +
                $"file allows now: {names.Message.TrimEnd('.')}; the manifest was edited, or the model trained before such entries were " +
                $"refused: retrain it from a corrected {file}");
        }

        try
        {
            info.Featurizer.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            // A rule between settings (CharNgramMin above CharNgramMax, say), said as a setting's own range is.
            throw NoModelHas(ex);
        }

        return info;
    }
}
