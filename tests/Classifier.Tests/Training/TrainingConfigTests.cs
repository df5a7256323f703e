using Classifier.Data;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary><c>train --config FILE</c>'s reading of a settings file an analyst wrote or edited by hand.</summary>
public sealed class TrainingConfigTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("{ \"featurizer\": { \"wordNgram\": 2 } }", "unknown setting 'wordNgram'; did you mean 'wordNgramMax'?")]
    [InlineData("{ \"featurizer\": { \"WordNgramMax\": 2 } }", "unknown setting 'WordNgramMax'; did you mean 'wordNgramMax'?")]
    [InlineData("{ \"featuriser\": { } }", "unknown setting 'featuriser'; did you mean 'featurizer'?")]
    [InlineData("{ \"trainer\": { \"l2Weight\": 0.1 } }", "unknown setting 'l2Weight'; did you mean 'l2'?")]
    public void Load_MisspeltSetting_SuggestsTheSettingMeant(string json, string expected)
    {
        var path = _dir.File("settings.json", json);

        var ex = Assert.Throws<DataFileException>(() => TrainingConfig.Load(path));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Equal(path, ex.Path);
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Load_SettingLikeNoOther_ListsTheSettingsOfItsObject()
    {
        var path = _dir.File("settings.json", "{\n  \"trainer\": {\n    \"banana\": 1\n  }\n}\n");

        var ex = Assert.Throws<DataFileException>(() => TrainingConfig.Load(path));

        Assert.Equal(3, ex.Line);
        Assert.Contains("unknown setting 'banana'; the settings of 'trainer' are: trainer, ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(", l2, ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NegativeThreads_NamesTheSettingAndItsValue()
    {
        var path = _dir.File("settings.json", "{\n  \"trainer\": {\n    \"threads\": -1\n  }\n}");

        var ex = Assert.Throws<DataFileException>(() => TrainingConfig.Load(path));

        Assert.Equal(3, ex.Line);
        Assert.Contains("threads must be 0 (every core) or more (got -1)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"trainer\": { \"l2\": -1 } }", "l2: Regularisation weights must be finite and non-negative (got -1)")]
    [InlineData("{ \"trainer\": { \"l1\": -0.5 } }", "l1: Regularisation weights must be finite and non-negative (got -0.5)")]
    public void Load_NegativeRegularisation_NamesTheSettingAndItsValue(string json, string expected)
    {
        var path = _dir.File("settings.json", json);

        var ex = Assert.Throws<DataFileException>(() => TrainingConfig.Load(path));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("featurizer", "\"maxFeatures\": 500", 4, "maxFeatures must be 0 (no cap) or between 1000 and 10000000 (got 500)")]
    [InlineData("featurizer", "\"wordNgramMax\": 0, \"charNgramMax\": 0", 4, "wordNgramMax: Word and character features are both disabled; enable at least one")]
    [InlineData("featurizer", "\"charNgramMax\": 1", 2, "charNgramMin must be between 1 and 1 (got 2)")]
    [InlineData("trainer", "\"l2\": -1", 8, "l2: Regularisation weights must be finite and non-negative (got -1)")]
    [InlineData("trainer", "\"leaves\": 1", 8, "leaves must be between 2 and 1000 (got 1)")]
    [InlineData("trainer", "\"trainer\": \"maxnet\"", 8, "Unknown trainer 'maxnet'")]
    public void Load_SettingOutOfRange_ReportsTheLineTheSettingIsOn(string section, string setting, int line, string expected)
    {
        // A setting left at its default that a rule between settings names (charNgramMin) is not in the file: its section's line.
        var path = _dir.File("settings.json", string.Join('\n',
            "{",
            "  \"featurizer\": {",
            "    // tuned by hand",
            section == "featurizer" ? $"    {setting}" : "    \"useIdf\": true",
            "  },",
            "  \"trainer\": {",
            "    \"epochs\": 10,",
            section == "trainer" ? $"    {setting}" : "    \"l2\": 0.001",
            "  }",
            "}") + "\n");

        var ex = Assert.Throws<DataFileException>(() => TrainingConfig.Load(path));

        Assert.Equal(line, ex.Line);
        Assert.StartsWith($"{path}:{line}: {expected}", ex.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    // A value refused as it is read (an init accessor's range) is the first one out of range, not the last written.
    [InlineData("{\n  \"featurizer\": {\n    \"maxFeatures\": 500,\n    \"maxFeatures\": 2000\n  }\n}\n", 3, "maxFeatures must be 0 (no cap) or between 1000 and 10000000 (got 500)")]
    [InlineData("{\n  \"featurizer\": { \"maxFeatures\": 500 },\n  \"featurizer\": { \"maxFeatures\": 2000 }\n}\n", 2, "maxFeatures must be 0 (no cap) or between 1000 and 10000000 (got 500)")]
    // A value checked once read is the last written, of the section written last (a repeated section replaces the earlier).
    [InlineData("{\n  \"trainer\": {\n    \"leaves\": 3,\n    \"leaves\": 1\n  }\n}\n", 4, "leaves must be between 2 and 1000 (got 1)")]
    [InlineData("{\n  \"trainer\": { \"leaves\": 1 },\n  \"trainer\": {\n    \"leaves\": 1 }\n}\n", 4, "leaves must be between 2 and 1000 (got 1)")]
    [InlineData("{\n  \"featurizer\": { \"charNgramMin\": 3 },\n  \"featurizer\": { \"charNgramMax\": 1 }\n}\n", 3, "charNgramMin must be between 1 and 1 (got 2)")]
    public void Load_SettingOrSectionRepeated_ReportsTheLineOfTheValueRefused(string json, int line, string expected)
    {
        var path = _dir.File("settings.json", json);

        var ex = Assert.Throws<DataFileException>(() => TrainingConfig.Load(path));

        Assert.Equal($"{path}:{line}: {expected}", ex.Errors[0].ToString());
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Load_AnyLineEnding_ReportsTheLineAnEditorShows(string ending)
    {
        // CR-only files (old Mac, some Excel exports) count lines as data files do (LineBreaks), not only by line feeds.
        string[] lines = ["{", "  \"featurizer\": {", "    \"maxFeatures\": 2000", "  },", "  \"trainer\": {", "    \"leaves\": 1", "  }", "}"];
        var outOfRange = _dir.File("range.json", string.Join(ending, lines) + ending);
        var unknown = _dir.File("unknown.json", string.Join(ending, lines).Replace("leaves", "banana", StringComparison.Ordinal) + ending);
        var malformed = _dir.File("malformed.json", string.Join(ending, lines).Replace("\"leaves\": 1", "\"leaves\" 1", StringComparison.Ordinal) + ending);

        var range = Assert.Throws<DataFileException>(() => TrainingConfig.Load(outOfRange));
        var setting = Assert.Throws<DataFileException>(() => TrainingConfig.Load(unknown));
        var syntax = Assert.Throws<DataFileException>(() => TrainingConfig.Load(malformed));

        Assert.Equal($"{outOfRange}:6: leaves must be between 2 and 1000 (got 1)", range.Errors[0].ToString());
        Assert.Equal(6, setting.Line);
        Assert.Equal(6, syntax.Line);
    }

    [Fact]
    public void Load_NullSection_ReportsTheLineItIsOn()
    {
        var path = _dir.File("settings.json", "{\n  \"featurizer\": { },\n  \"trainer\": null\n}\n");

        var ex = Assert.Throws<DataFileException>(() => TrainingConfig.Load(path));

        Assert.Equal($"{path}:3: 'trainer' must be an object of settings (or left out for the defaults), not null", ex.Errors[0].ToString());
    }

    [Fact]
    public void Load_UnknownTrainer_QuotesItOnce()
    {
        var path = _dir.File("settings.json", "{ \"trainer\": { \"trainer\": \"maxnet\" } }");

        var ex = Assert.Throws<DataFileException>(() => TrainingConfig.Load(path));

        Assert.Contains("Unknown trainer 'maxnet'", ex.Message, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(ex.Message, "maxnet"));
    }
}
