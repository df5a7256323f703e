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

    [Fact]
    public void Load_ResignedManifestWithFractionalFormatVersion_SaysItIsNotAWholeNumber()
    {
        var path = _dir.File("fraction.zip");
        var entries = Entries(fixture.ModelPath);
        var json = Encoding.UTF8.GetString(entries[ModelArchive.ManifestEntry]);
        entries[ModelArchive.ManifestEntry] = Encoding.UTF8.GetBytes(json.Replace("\"formatVersion\": 1", "\"formatVersion\": 1.0", StringComparison.Ordinal));
        Write(path, entries);

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.Equal(path, ex.Path);
        Assert.Contains("manifest.json's formatVersion is 1.0, not a whole number", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ResignedManifestWithHugeFormatVersion_SaysWhichVersionsAreRead()
    {
        var path = _dir.File("huge.zip");
        var entries = Entries(fixture.ModelPath);
        var json = Encoding.UTF8.GetString(entries[ModelArchive.ManifestEntry]);
        entries[ModelArchive.ManifestEntry] = Encoding.UTF8.GetBytes(json.Replace("\"formatVersion\": 1", "\"formatVersion\": 3000000000", StringComparison.Ordinal));
        Write(path, entries);

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.Contains("has model format version 3000000000, but this library", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManifestWithSettingFromALaterVersion_RejectedNamingSettingAndVersions()
    {
        var path = _dir.File("later.zip");
        var entries = Entries(fixture.ModelPath);
        var json = Encoding.UTF8.GetString(entries[ModelArchive.ManifestEntry]);
        entries[ModelArchive.ManifestEntry] = Encoding.UTF8.GetBytes(json
            .Replace("\"featurizer\": {", "\"featurizer\": {\n    \"softMentions\": 0.6,", StringComparison.Ordinal)
            .Replace($"\"libraryVersion\": \"{LibraryInfo.Version}\"", "\"libraryVersion\": \"9.0.0\"", StringComparison.Ordinal));
        Write(path, entries);

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.Equal(path, ex.Path);
        Assert.Contains("featurizer setting 'softMentions' (0.6)", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"this library (version {LibraryInfo.Version}) does not know", ex.Message, StringComparison.Ordinal);
        Assert.Contains("written by Classifier 9.0.0: load it with that version or a later one, or retrain it with this one", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManifestWithSettingFromAnotherBuildOfThisVersion_SaysSo()
    {
        var path = _dir.File("other-build.zip");
        var entries = Entries(fixture.ModelPath);
        var json = Encoding.UTF8.GetString(entries[ModelArchive.ManifestEntry]);
        Assert.Contains($"\"libraryVersion\": \"{LibraryInfo.Version}\"", json, StringComparison.Ordinal);
        entries[ModelArchive.ManifestEntry] = Encoding.UTF8.GetBytes(json.Replace("\"featurizer\": {", "\"featurizer\": {\n    \"targetKind\": true,", StringComparison.Ordinal));
        Write(path, entries);

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.Contains("featurizer setting 'targetKind' (true)", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"written by another build of Classifier {LibraryInfo.Version} that has the setting: load it with that build, or retrain it with this one", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManifestWithSettingFromALaterVersionLeftOff_ScoresAsTheOriginal()
    {
        var path = _dir.File("later-off.zip");
        var entries = Entries(fixture.ModelPath);
        var json = Encoding.UTF8.GetString(entries[ModelArchive.ManifestEntry]);
        var edited = json.Replace("\"featurizer\": {", "\"featurizer\": {\n    \"softMentions\": 0,", StringComparison.Ordinal);
        Assert.NotEqual(json, edited);
        entries[ModelArchive.ManifestEntry] = Encoding.UTF8.GetBytes(edited);
        Write(path, entries);

        var original = SentimentClassifier.Load(fixture.ModelPath);
        var later = SentimentClassifier.Load(path);

        Assert.Equal(original.Predict("Officials condemned the attack.").Probabilities.Values, later.Predict("Officials condemned the attack.").Probabilities.Values);
    }

    public static TheoryData<string, string, string> LexiconEdits => new()
    {
        { "a renamed column", "term\tpolarity\tstrength\n", "word\tpolarity\tstrength\n" },
        { "a strength of 3", "\t1\n", "\t3\n" },
        { "a neutral polarity", "\tpositive\t", "\tneutral\t" },
        { "a fourth field", "\t2\n", "\t2\textra\n" },
        { "a blank term", "\n", "\n \tpositive\t1\n" },
        { "a missing field", "\tnegative\t1\n", "\tnegative\n" },
    };

    [Theory]
    [MemberData(nameof(LexiconEdits))]
    public void Load_ResignedLexiconWithBadLine_RejectedNamingTheEntry(string what, string find, string replace)
    {
        var path = _dir.File("resigned.zip");
        var entries = Entries(ShippedSentimentModel);
        var lexicon = Encoding.UTF8.GetString(entries[ModelArchive.LexiconEntry]);
        var at = lexicon.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, what);
        entries[ModelArchive.LexiconEntry] = Encoding.UTF8.GetBytes(string.Concat(lexicon.AsSpan(0, at), replace, lexicon.AsSpan(at + find.Length)));
        Write(path, entries);

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.Equal(path, ex.Path);
        Assert.Contains("lexicon.tsv", ex.Message, StringComparison.Ordinal);
        var line = lexicon[..at].Count(c => c == '\n') + 1 + (what == "a blank term" ? 1 : 0);
        Assert.Contains(line == 1 ? "wrong header" : $"line {line} is malformed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ResignedLexiconWithWindowsLineEnds_ScoresAsTheOriginal()
    {
        var path = _dir.File("crlf.zip");
        var entries = Entries(ShippedSentimentModel);
        entries[ModelArchive.LexiconEntry] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(entries[ModelArchive.LexiconEntry]).Replace("\n", "\r\n", StringComparison.Ordinal));
        Write(path, entries);

        var original = SentimentClassifier.Load(ShippedSentimentModel);
        var crlf = SentimentClassifier.Load(path);

        foreach (var text in new[] { "The talks were a great success.", "Officials condemned the brutal attack.", "They met on Tuesday." })
        {
            Assert.Equal(original.Predict(text).Probabilities.Values, crlf.Predict(text).Probabilities.Values);
        }
    }

    [Theory]
    [InlineData("vocabulary.bin")]
    [InlineData("weights.bin")]
    public void Load_ResignedTruncatedBinaryEntry_RejectedAsDamaged(string entry)
    {
        // The vocabulary is read on the thread pool while the weights are read on the caller's thread: a damaged entry
        // must give the same model exception either way, never a wrapped one.
        var path = _dir.File("truncated.zip");
        var entries = Entries(ShippedSentimentModel);
        entries[entry] = entries[entry][..(entries[entry].Length / 2)];
        Write(path, entries);

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.Equal(path, ex.Path);
        Assert.Contains("is damaged", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>The shipped sentiment model: unlike the fixture's, it carries a lexicon.</summary>
    private static string ShippedSentimentModel => Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip");

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
