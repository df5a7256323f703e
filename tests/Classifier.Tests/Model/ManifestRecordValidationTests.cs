using System.Text;
using System.Text.Json.Nodes;
using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>
/// <see cref="ModelInfo"/> and <see cref="TrainingDataInfo"/> refuse values no model file holds, from object initializers and
/// <c>with</c> expressions (their <c>init</c> accessors), naming the property and the value; a model file holding one is
/// refused as damaged, saying which value; the shipped models still load.
/// </summary>
public sealed class ManifestRecordValidationTests : IDisposable
{
    private static readonly ModelInfo Info = new() { Task = ClassifierTask.Stance, Labels = ["against", "favor"] };

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, Func<object>, string, string> ModelInfos => new()
    {
        { nameof(ArgumentOutOfRangeException), () => new ModelInfo { FormatVersion = 0 }, "FormatVersion", "FormatVersion is 0; it must be 1 or more." },
        { nameof(ArgumentOutOfRangeException), () => Info with { FormatVersion = -1 }, "FormatVersion", "FormatVersion is -1; it must be 1 or more." },
        { nameof(ArgumentOutOfRangeException), () => Info with { Task = (ClassifierTask)7 }, "Task", "Task is 7; it must be Sentiment or Stance." },
        { nameof(ArgumentNullException), () => new ModelInfo { Labels = null! }, "Labels", "Labels is null." },
        { nameof(ArgumentException), () => Info with { Labels = ["against", null!] }, "Labels", "Labels[1] (0-based) is null; give no null elements." },
        { nameof(ArgumentNullException), () => Info with { LibraryVersion = null! }, "LibraryVersion", "LibraryVersion is null." },
        { nameof(ArgumentNullException), () => Info with { Featurizer = null! }, "Featurizer", "Featurizer is null." },
        { nameof(ArgumentNullException), () => Info with { Trainer = null! }, "Trainer", "Trainer is null." },
        { nameof(ArgumentException), () => Info with { Trainer = new Dictionary<string, string> { ["l2"] = null! } }, "Trainer", "Trainer['l2'] is null; give no null values." },
        { nameof(ArgumentNullException), () => Info with { TrainingData = null! }, "TrainingData", "TrainingData is null." },
        { nameof(ArgumentNullException), () => Info with { Metrics = null! }, "Metrics", "Metrics is null." },
        { nameof(ArgumentException), () => Info with { Metrics = new Dictionary<string, IReadOnlyDictionary<string, double>> { ["test"] = null! } }, "Metrics",
            "Metrics['test'] is null; give no null values." },
        { nameof(ArgumentNullException), () => Info with { Aliases = null! }, "Aliases", "Aliases is null." },
        { nameof(ArgumentException), () => Info with { Aliases = new Dictionary<string, IReadOnlyList<string>> { ["China"] = null! } }, "Aliases",
            "Aliases['China'] is null; give no null values." },
        { nameof(ArgumentException), () => Info with { Representatives = new Dictionary<string, IReadOnlyList<string>> { ["China"] = ["Xi Jinping", null!] } }, "Representatives",
            "Representatives['China'][1] (0-based) is null; give no null names." },
        { nameof(ArgumentOutOfRangeException), () => Info with { Features = -1 }, "Features", "Features is -1; it must be 0 or more." },
        { nameof(ArgumentOutOfRangeException), () => new ModelInfo { LexiconTerms = -5 }, "LexiconTerms", "LexiconTerms is -5; it must be 0 or more." },
    };

    [Theory]
    [MemberData(nameof(ModelInfos))]
    public void ModelInfo_ValueNoModelHolds_Throws(string exception, Func<object> create, string parameter, string message) =>
        Refused(exception, create, parameter, message);

    public static TheoryData<string, Func<object>, string, string> TrainingDatas => new()
    {
        { nameof(ArgumentNullException), () => new TrainingDataInfo { Files = null! }, "Files", "Files is null." },
        { nameof(ArgumentException), () => new TrainingDataInfo() with { Files = ["train.tsv", null!] }, "Files", "Files[1] (0-based) is null; give no null elements." },
        { nameof(ArgumentNullException), () => new TrainingDataInfo { Sha256 = null! }, "Sha256", "Sha256 is null." },
        { nameof(ArgumentOutOfRangeException), () => new TrainingDataInfo() with { Rows = -1 }, "Rows", "Rows is -1; it must be 0 or more." },
        { nameof(ArgumentNullException), () => new TrainingDataInfo { Targets = null! }, "Targets", "Targets is null." },
        { nameof(ArgumentException), () => new TrainingDataInfo() with { Targets = new Dictionary<string, int> { ["China"] = 3, ["Japan"] = -2 } }, "Targets",
            "Targets['Japan'] is -2; a count is 0 or more." },
    };

    [Theory]
    [MemberData(nameof(TrainingDatas))]
    public void TrainingDataInfo_ValueNoModelHolds_Throws(string exception, Func<object> create, string parameter, string message) =>
        Refused(exception, create, parameter, message);

    [Theory]
    [InlineData("features", "Features is -1; it must be 0 or more")]
    [InlineData("lexiconTerms", "LexiconTerms is -1; it must be 0 or more")]
    public void Load_ManifestWithANegativeCount_ThrowsDamagedNamingTheValue(string property, string problem)
    {
        var path = Edited(manifest => manifest[property] = -1);

        var ex = Assert.Throws<ModelFileException>(() => StanceClassifier.Load(path));

        Assert.Equal($"{path}: is damaged: manifest.json holds a value no model has: {problem}; restore the file or retrain the model", ex.Message);
    }

    [Fact]
    public void Load_ManifestWithANegativeTargetCount_ThrowsDamagedNamingTheTarget()
    {
        var path = Edited(manifest => manifest["trainingData"]!["targets"]!["China"] = -3);

        var ex = Assert.Throws<ModelFileException>(() => StanceClassifier.Load(path));

        Assert.Equal($"{path}: is damaged: manifest.json holds a value no model has: Targets['China'] is -3; a count is 0 or more; restore the file or retrain the model", ex.Message);
    }

    [Theory]
    [InlineData("charNgramMin", 9, "CharNgramMin must be between 1 and 5")]
    [InlineData("mentionWindow", 30, "MentionWindow must be between 0 and 20")]
    public void Load_ManifestWithAFeaturizerSettingNoModelHas_ThrowsDamagedWithoutDotNetText(string setting, int value, string problem)
    {
        // charNgramMin breaks a rule between settings (FeaturizerSettings.Validate), mentionWindow its own range (its init accessor): one wording for both.
        var path = Edited(manifest => manifest["featurizer"]![setting] = value);

        var ex = Assert.Throws<ModelFileException>(() => StanceClassifier.Load(path));

        Assert.Equal($"{path}: is damaged: manifest.json holds a value no model has: {problem}; restore the file or retrain the model", ex.Message);
    }

    [Theory]
    [InlineData("\"aliases\":{", "\"China\":[\"PRC\"],", "aliases names 'China' twice")]
    [InlineData("\"targets\":{", "\"China\":3,", "trainingData's targets names 'China' twice")]
    [InlineData("\"trainer\":{", "\"l2\":\"1\",", "trainer names 'l2' twice")]
    public void Load_ManifestNamingAKeyTwice_ThrowsDamagedNamingTheKey(string objectStart, string repeated, string problem)
    {
        // JsonDocument keeps both of a repeated name; JsonObject cannot hold them, so the manifest's text is edited.
        var path = Edited(_ => { }, text => text.Replace(objectStart, objectStart + repeated, StringComparison.Ordinal));

        var ex = Assert.Throws<ModelFileException>(() => StanceClassifier.Load(path));

        Assert.Equal($"{path}: is damaged: manifest.json's {problem}; restore the file or retrain the model", ex.Message);
    }

    [Theory]
    [InlineData("sentiment")]
    [InlineData("stance")]
    public void Load_ShippedModel_PassesEveryCheck(string task)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "models", $"{task}.zip");

        var info = task == "stance" ? StanceClassifier.Load(path).Info : SentimentClassifier.Load(path).Info;

        // Every value read back through the checked init accessors, unchanged.
        Assert.Equal(info, info with
        {
            FormatVersion = info.FormatVersion, Task = info.Task, Labels = info.Labels, LibraryVersion = info.LibraryVersion, Featurizer = info.Featurizer,
            Trainer = info.Trainer, Metrics = info.Metrics, Aliases = info.Aliases, Representatives = info.Representatives, Features = info.Features,
            LexiconTerms = info.LexiconTerms, TrainingData = info.TrainingData with { Files = info.TrainingData.Files, Rows = info.TrainingData.Rows, Targets = info.TrainingData.Targets },
        });
    }

    private static void Refused(string exception, Func<object> create, string parameter, string message)
    {
        var error = Assert.ThrowsAny<ArgumentException>(create);
        Assert.Equal(exception, error.GetType().Name);
        Assert.Equal(parameter, error.ParamName);
        Assert.Equal($"{message} (Parameter '{parameter}')", error.Message.Split(Environment.NewLine)[0]);
    }

    /// <summary>The shipped stance model with its manifest changed by <paramref name="edit"/>, checksums recomputed.</summary>
    private string Edited(Action<JsonObject> edit, Func<string, string>? editText = null)
    {
        var source = Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip");
        var entries = ModelArchive.ReadEntries(File.ReadAllBytes(source), source);
        entries.Remove(ModelArchive.ChecksumsEntry);
        var manifest = JsonNode.Parse(entries[ModelArchive.ManifestEntry])!.AsObject();
        edit(manifest);
        var text = manifest.ToJsonString();
        Assert.True(editText is null || editText(text) != text, "the text edit changed nothing");
        entries[ModelArchive.ManifestEntry] = Encoding.UTF8.GetBytes(editText is null ? text : editText(text));
        var path = _dir.File("edited.zip");
        using (var stream = File.Create(path))
        {
            ModelArchive.WriteSigned(stream, entries.Select(e => (e.Key, e.Value)).ToArray());
        }

        return path;
    }
}
