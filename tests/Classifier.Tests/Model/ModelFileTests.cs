using System.IO.Compression;
using System.Security.Cryptography;
using Classifier.Model;
using Classifier.Tests.Training;

namespace Classifier.Tests.Model;

[Collection(TrainingCollection.Name)]
public sealed class ModelFileTests(TrainingFixture fixture) : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_MissingFile_NamesFileAndSaysWhatToDo()
    {
        var path = Path.Combine(_dir.Path, "nope.zip");

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.Equal($"{path}: model file not found; check the path, or train one with the training CLI's 'train' command", ex.Message);
        Assert.Equal(path, ex.Path);
    }

    [Fact]
    public void Load_EmptyFile_Rejected() =>
        AssertRejected([], "is empty (0 bytes), not a model file");

    [Fact]
    public void Load_RandomBytes_Rejected()
    {
        var bytes = new byte[4096];
        new Random(5).NextBytes(bytes);
        AssertRejected(bytes, "is not a model file: it is not a zip archive (or it is truncated)");
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void Load_TruncatedFile_RejectedWithModelFileExceptionOnly(double keep)
    {
        var bytes = File.ReadAllBytes(fixture.ModelPath);
        var path = _dir.File("cut.zip");
        File.WriteAllBytes(path, bytes[..(int)(bytes.Length * keep)]);

        var ex = Record.Exception(() => SentimentClassifier.Load(path));

        var modelError = Assert.IsType<ModelFileException>(ex);
        Assert.Equal(path, modelError.Path);
    }

    [Fact]
    public void Load_FirstBytesCutOff_DamagedWithTheZipReasonAsOneSentence()
    {
        // A model file missing its first 10 bytes (a stream handed over past the model's start): the zip's own reason
        // ends in a full stop, which the message must not keep before its "; restore ...".
        var bytes = File.ReadAllBytes(fixture.ModelPath)[10..];

        AssertRejected(bytes, "is damaged: Number of entries expected in End Of Central Directory does not correspond to number of entries " +
            "in Central Directory; restore the file or retrain the model");
    }

    [Fact]
    public void Load_ZipThatIsNotAModel_NamesTheMissingEntry()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            w.Write("hello");
        }

        AssertRejected(ms.ToArray(), "is a zip archive but not a Classifier model: it has no 'manifest.json' entry");
    }

    [Fact]
    public void Load_EntryListedInChecksumsButRemoved_Rejected()
    {
        // As if trees.bin (or lexicon.tsv) had been deleted from a model that had it: its checksum line stays behind.
        var path = _dir.File("removed.zip");
        File.Copy(fixture.ModelPath, path, overwrite: true);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry(ModelArchive.ChecksumsEntry)!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var w = new StreamWriter(zip.CreateEntry(ModelArchive.ChecksumsEntry).Open());
            w.Write(text + new string('0', 64) + "  " + ModelArchive.TreesEntry + "\n");
        }

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.Equal($"{path}: 'trees.bin' is listed in checksums.sha256 but missing from the file: the file is damaged or was " +
            "modified after training; restore the original file or retrain the model", ex.Message);
    }

    [Fact]
    public void Load_EditedManifest_RejectedAsModified()
    {
        var path = _dir.File("edited.zip");
        File.Copy(fixture.ModelPath, path, overwrite: true);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry(ModelArchive.ManifestEntry)!;
            string json;
            using (var r = new StreamReader(entry.Open()))
            {
                json = r.ReadToEnd();
            }

            entry.Delete();
            using var w = new StreamWriter(zip.CreateEntry(ModelArchive.ManifestEntry).Open());
            w.Write(json.Replace("\"rows\": ", "\"rows\": 1"));
        }

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.Equal($"{path}: 'manifest.json' does not match its checksum: the file is damaged or was modified after training; " +
            "restore the original file or retrain the model", ex.Message);
    }

    [Fact]
    public void Load_UnknownFormatVersion_SaysWhichVersionsAreRead()
    {
        var path = _dir.File("future.zip");
        ModelArchive.Save(path, fixture.Model.Parts with { Info = fixture.Model.Info with { FormatVersion = 99 } });

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.Equal($"{path}: has model format version 99, but this library (version {LibraryInfo.Version}) reads versions 1 to 1; " +
            "load it with the library version that wrote it, or retrain it with this one", ex.Message);
    }

    [Fact]
    public void Load_ExpectedSha256_AcceptsTheRightFileAndRefusesOthers()
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(fixture.ModelPath)));

        Assert.Equal(sha, SentimentClassifier.Load(fixture.ModelPath, new ModelLoadOptions { ExpectedSha256 = sha.ToUpperInvariant() }).Info.FileSha256);
        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(fixture.ModelPath, new ModelLoadOptions { ExpectedSha256 = new string('0', 64) }));
        Assert.Equal($"{fixture.ModelPath}: SHA-256 is {sha}, but {new string('0', 64)} was expected; this is not the model file you pinned", ex.Message);
    }

    [Fact]
    public void SaveLoad_ManifestRoundTrips()
    {
        var info = SentimentClassifier.Load(fixture.ModelPath).Info;

        Assert.Equal(fixture.Model.Info with { FileSha256 = info.FileSha256, Metrics = info.Metrics, Trainer = info.Trainer, Labels = info.Labels, Aliases = info.Aliases, Representatives = info.Representatives, TrainingData = info.TrainingData }, info);
        Assert.Equal(fixture.Model.Info.Trainer, info.Trainer);
        Assert.Equal(fixture.Model.Info.Labels, info.Labels);
        Assert.Equal(fixture.Model.Info.TrainingData.Files, info.TrainingData.Files);
        Assert.Equal(fixture.Model.Info.TrainingData.Sha256, info.TrainingData.Sha256);
        Assert.Equal(fixture.Model.Info.LexiconTerms, info.LexiconTerms);
    }

    private void AssertRejected(byte[] bytes, string reason)
    {
        var path = _dir.File($"m{Guid.NewGuid():N}.zip");
        File.WriteAllBytes(path, bytes);

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.Equal($"{path}: {reason}", ex.Message);
        Assert.Equal(reason, ex.Reason);
    }
}
