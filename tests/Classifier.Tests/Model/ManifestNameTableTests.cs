using System.Text;
using System.Text.Json.Nodes;
using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>
/// A model's manifest stores its alias and representatives tables. Loading refuses only an entry no caller could use and no
/// training file allows (an empty or over-long target, an empty name: a hand-edited or damaged manifest whose checksums were
/// recomputed), with a <see cref="ModelFileException"/> naming the file and the entry; a table that breaks the training files'
/// naming rules, as earlier builds could write them, still loads and scores.
/// </summary>
public sealed class ManifestNameTableTests : IDisposable
{
    private const string Refused = "table holds an entry no caller could use, which no training file allows now: ";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Tables the training files refuse today but earlier builds wrote (or could have): each still loads.</summary>
    public static TheoryData<string, string, string> LooserTables => new()
    {
        { "aliases", "United States", "us" },
        { "aliases", "China", new string('x', 301) },
        { "aliases", "China", "kremlin" },
        { "aliases", "Beijing", "Peking" },
        { "representatives", "China", "xi" },
        { "representatives", "Atlantis", "King Atlas" },
        { "representatives", "Russia", "Washington" },
        { "representatives", "Russia", "xi jinping" },
    };

    [Fact]
    public void Load_ShippedModels_LoadWithTheirNameTables()
    {
        var stance = StanceClassifier.Load(ShippedModel("stance"));
        var sentiment = SentimentClassifier.Load(ShippedModel("sentiment"));

        Assert.Contains("Beijing", stance.Info.Aliases["China"]);
        Assert.Contains("Xi Jinping", stance.Info.Representatives["China"]);
        Assert.Equal(stance.Info.Aliases.Count, StanceClassifier.LoadDefault().Info.Aliases.Count);
        Assert.Empty(sentiment.Info.Aliases);
    }

    [Theory]
    [InlineData("aliases", "an alias of 'China' is empty", "alias file")]
    [InlineData("representatives", "a person who speaks for 'China' is empty", "representatives file")]
    public void Load_ManifestWithAnEmptyName_ThrowsNamingFileAndTarget(string table, string problem, string file)
    {
        var path = WithName(table, "China", " ");

        var ex = Assert.Throws<ModelFileException>(() => StanceClassifier.Load(path));

        Assert.Equal(path, ex.Path);
        Assert.Equal($"{path}: manifest.json's {table} {Refused}{problem}; the manifest was edited, or the model trained before such " +
            $"entries were refused: retrain it from a corrected {file}", ex.Message);
    }

    [Fact]
    public void Load_ManifestWithOverLongTarget_ThrowsNamingItsStart()
    {
        var target = "T" + new string('a', 300);
        var path = WithName("aliases", target, "Tee");

        var ex = Assert.Throws<ModelFileException>(() => StanceClassifier.Load(path));

        Assert.Equal($"{path}: manifest.json's aliases {Refused}the target '{target[..40]}…' is 301 characters long, more than the 300 a target " +
            "may have (StanceClassifier.MaxTargetLength); the manifest was edited, or the model trained before such entries were refused: retrain it from a corrected alias file", ex.Message);
    }

    /// <summary>Before, such a table loaded, and "." was found at every full stop as a mention of its target.</summary>
    [Theory]
    [InlineData(".", "the target '.' has no letter or digit, so it names nothing the model can find")]
    [InlineData("China\u0001", "the target holds the control character U+0001 at index 5 (0-based), which the model reads as a space")]
    public void Load_ManifestWithATargetNoCallerCouldPass_ThrowsNamingIt(string target, string problem)
    {
        var path = WithName("aliases", target, "Tee");

        var ex = Assert.Throws<ModelFileException>(() => StanceClassifier.Load(path));

        Assert.Equal($"{path}: manifest.json's aliases {Refused}{problem}; the manifest was edited, or the model trained before such " +
            "entries were refused: retrain it from a corrected alias file", ex.Message);
    }

    [Theory]
    [MemberData(nameof(LooserTables))]
    public void Load_TableTheTrainingFilesNowRefuse_LoadsAndScores(string table, string target, string name)
    {
        var path = WithName(table, target, name);

        var stance = StanceClassifier.Load(path);

        Assert.Contains(name, table == "aliases" ? stance.Info.Aliases[target] : stance.Info.Representatives[target]);
        var result = stance.Predict("Beijing condemned the drills.", "China");
        Assert.Equal(1.0, result.Probabilities.Values.Sum(), 6);
    }

    [Fact]
    public void Load_ManifestWithShortNameInCapitalsAdded_Loads()
    {
        var path = WithName("aliases", "China", "CN");

        var stance = StanceClassifier.Load(path);

        Assert.Contains("CN", stance.Info.Aliases["China"]);
    }

    private static string ShippedModel(string task) => Path.Combine(TestPaths.RepositoryRoot, "models", $"{task}.zip");

    /// <summary>The shipped stance model with <paramref name="name"/> added to <paramref name="target"/>'s list in <paramref name="table"/>, checksums recomputed.</summary>
    private string WithName(string table, string target, string name)
    {
        var source = ShippedModel("stance");
        var entries = ModelArchive.ReadEntries(File.ReadAllBytes(source), source);
        entries.Remove(ModelArchive.ChecksumsEntry);
        var manifest = JsonNode.Parse(entries[ModelArchive.ManifestEntry])!.AsObject();
        var names = manifest[table]!.AsObject();
        if (names[target] is JsonArray list)
        {
            list.Add(name);
        }
        else
        {
            names[target] = new JsonArray(name);
        }

        entries[ModelArchive.ManifestEntry] = Encoding.UTF8.GetBytes(manifest.ToJsonString());
        var path = _dir.File("edited.zip");
        using (var stream = File.Create(path))
        {
            ModelArchive.WriteSigned(stream, entries.Select(e => (e.Key, e.Value)).ToArray());
        }

        return path;
    }
}
