using System.Text;
using Classifier.Model;
using Classifier.Tests.Training;

namespace Classifier.Tests.Model;

/// <summary>
/// A damaged entry whose checksum was recomputed (as a careless tool or an attacker would) must still be refused
/// with the model exception. The cases come from the fuzzer's <c>entry</c> target (docs/reliability.md).
/// </summary>
[Collection(TrainingCollection.Name)]
public sealed class ResignedEntryTests(TrainingFixture fixture) : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, string> ManifestEdits => new()
    {
        { "a label that is a number", "labels:[1," },
        { "a number that is a string", "rows:string" },
        { "invalid UTF-8 inside a string", "task:utf8" },
        { "an array instead of an object", "root:array" },
        { "a format version that is not a number", "formatVersion:false" },
    };

    [Theory]
    [MemberData(nameof(ManifestEdits))]
    public void Load_ResignedManifestWithBadValue_RejectedAsDamaged(string what, string edit)
    {
        var path = _dir.File("resigned.zip");
        var entries = Entries(fixture.ModelPath);
        var json = Encoding.UTF8.GetString(entries[ModelArchive.ManifestEntry]);
        var edited = edit switch
        {
            "labels:[1," => Encoding.UTF8.GetBytes(json.Replace("\"labels\": [", "\"labels\": [1, ", StringComparison.Ordinal)),
            "rows:string" => Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(json, "\"rows\": (\\d+)", "\"rows\": \"$1\"")),
            "task:utf8" => Encoding.UTF8.GetBytes(json.Replace("\"sentiment\"", "\"senti#ent\"", StringComparison.Ordinal)).Select(b => b == (byte)'#' ? (byte)0xD1 : b).ToArray(),
            "formatVersion:false" => Encoding.UTF8.GetBytes(json.Replace("\"formatVersion\": 1", "\"formatVersion\": false", StringComparison.Ordinal)),
            _ => Encoding.UTF8.GetBytes("[" + json + "]"),
        };
        Assert.NotEqual(entries[ModelArchive.ManifestEntry], edited);
        entries[ModelArchive.ManifestEntry] = edited;
        Write(path, entries);

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.Equal(path, ex.Path);
        Assert.Contains("manifest.json", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Contains("is damaged", StringComparison.Ordinal) || ex.Message.Contains("not a Classifier model", StringComparison.Ordinal), $"{what}: {ex.Message}");
    }

    private static Dictionary<string, byte[]> Entries(string path)
    {
        var entries = ModelArchive.ReadEntries(File.ReadAllBytes(path), path);
        entries.Remove(ModelArchive.ChecksumsEntry);
        return entries;
    }

    private static void Write(string path, Dictionary<string, byte[]> entries)
    {
        using var stream = File.Create(path);
        ModelArchive.WriteSigned(stream, entries.Select(e => (e.Key, e.Value)).ToArray());
    }
}
