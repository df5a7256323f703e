using System.Text;
using System.Text.Json.Nodes;
using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>
/// A model's manifest stores its alias and representatives tables; loading refuses a table that the training CLI's alias
/// and representatives files would refuse (a hand-edited or damaged manifest whose checksums were recomputed), with a
/// <see cref="ModelFileException"/> naming the file, the entry and its target, while the shipped models still load.
/// </summary>
public sealed class ManifestNameTableTests : IDisposable
{
    private const string Refused = "table holds an entry that training refuses: ";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, string, string, string> BadTables => new()
    {
        { "aliases", "China", "xi", "'xi' has 3 letters or fewer and no capital, so as a name of 'China' it would match the ordinary word 'xi' in every text; write it in capitals ('XI'), which match only as written" },
        { "aliases", "China", "", "an alias of 'China' is empty" },
        { "aliases", "China", new string('x', 301), $"an alias of 'China', '{new string('x', 40)}…', is 301 characters long, more than the 300 a name may have (StanceClassifier.MaxTargetLength)" },
        { "aliases", "China", "kremlin", "'Kremlin' names both 'China' and 'Russia'; an alias names one target" },
        { "aliases", "Beijing", "Peking", "'Beijing' names both 'Beijing' and 'China'; an alias names one target" },
        { "representatives", "China", "xi", "'xi' has 3 letters or fewer and no capital, so as a person who speaks for 'China' it would match the ordinary word 'xi' in every text; write the name with its capital ('Xi')" },
        { "representatives", "Atlantis", "King Atlas", "people are listed for 'Atlantis', which is not a target of the alias table" },
        { "representatives", "Russia", "Washington", "'Washington' speaks for 'Russia' but is also a name of the target 'United States' in the alias table; a name is either a target's or a person's" },
        { "representatives", "Russia", "xi jinping", "'xi jinping' speaks for both 'China' and 'Russia'; a person can speak for only one target" },
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
    [MemberData(nameof(BadTables))]
    public void Load_ManifestWithNameTrainingRefuses_ThrowsNamingFileEntryAndTarget(string table, string target, string name, string problem)
    {
        var path = WithName(table, target, name);

        var ex = Assert.Throws<ModelFileException>(() => StanceClassifier.Load(path));

        var file = table == "aliases" ? "alias file" : "representatives file";
        Assert.Equal(path, ex.Path);
        Assert.Equal($"{path}: manifest.json's {table} {Refused}{problem}; correct the {file} the model was trained with and retrain it, " +
            "or restore the original model file", ex.Message);
    }

    [Fact]
    public void Load_ManifestWithOverLongTarget_ThrowsNamingItsStart()
    {
        var target = "T" + new string('a', 300);
        var path = WithName("aliases", target, "Tee");

        var ex = Assert.Throws<ModelFileException>(() => StanceClassifier.Load(path));

        Assert.Equal($"{path}: manifest.json's aliases {Refused}the target '{target[..40]}…' is 301 characters long, more than the 300 a target " +
            "may have (StanceClassifier.MaxTargetLength); correct the alias file the model was trained with and retrain it, or restore the original model file", ex.Message);
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
