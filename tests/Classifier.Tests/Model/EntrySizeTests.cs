using System.IO.Compression;
using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>
/// A model file whose zip directory claims a huge entry is refused before that entry is read, naming the file, the entry
/// and the sizes, with memory bounded: before, <c>Load</c> allocated what the directory claimed (up to 1 GiB an entry)
/// before any checksum was checked. The shipped models, whose entries are far below the limits, still load.
/// </summary>
public sealed class EntrySizeTests : IDisposable
{
    private static readonly string Shipped = Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip");
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_EntryClaimingNearlyOneGigabyte_RefusedNamingFileEntryAndSizesWithoutAllocatingIt()
    {
        // 1 MiB of random bytes deflated (so about 1 MiB compressed), the directory claiming 1,000,000,000 bytes: below the
        // old 1 GiB cap and the old compression-ratio check, so the old reader allocated it all.
        var random = new byte[1 << 20];
        new Random(7).NextBytes(random);
        var entries = Entries();
        entries[ModelArchive.WeightsEntry] = random;
        var bytes = Patch(Signed(entries, CompressionLevel.Fastest), ModelArchive.WeightsEntry, 1_000_000_000);
        var path = _dir.File("huge.zip");
        File.WriteAllBytes(path, bytes);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(path, ex.Path);
        Assert.Matches(@"^entry 'weights\.bin' declares 1,000,000,000 bytes \([0-9,]+ compressed\), more than the 76,803,088 the manifest's 100,000 features and 3 labels allow; the file is damaged or was not written by the training CLI: restore the original file or retrain the model$", ex.Reason);
        Assert.True(allocated < 64L << 20, $"Load allocated {allocated:N0} bytes before refusing the entry.");
    }

    [Fact]
    public void Load_VocabularyLargerThanTheManifestsFeaturesNeed_RefusedNamingTheSizes()
    {
        var entries = Entries();
        entries[ModelArchive.VocabularyEntry] = [.. entries[ModelArchive.VocabularyEntry], .. new byte[100]];
        var path = _dir.File("vocabulary.zip");
        File.WriteAllBytes(path, Signed(entries, level: null));

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.Equal($"{path}: entry 'vocabulary.bin' declares 1,200,112 bytes (1,200,112 compressed), more than the 1,200,012 the manifest's 100,000 features and 3 labels allow; " +
            "the file is damaged or was not written by the training CLI: restore the original file or retrain the model", ex.Message);
    }

    [Fact]
    public void Load_ChecksumsEntryOverItsLimit_RefusedBeforeReadingIt()
    {
        var entries = Entries();
        var path = _dir.File("checksums.zip");
        File.WriteAllBytes(path, Patch(Signed(entries, level: null), ModelArchive.ChecksumsEntry, 10_000_000));

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.StartsWith("entry 'checksums.sha256' declares 10,000,000 bytes (", ex.Reason, StringComparison.Ordinal);
        Assert.Contains("compressed), more than the 65,536 an entry of a model may hold; the file is damaged", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EntryHoldingFewerBytesThanItDeclares_RefusedNamingBoth()
    {
        var entries = Entries();
        var signed = Signed(entries, level: null);
        var declared = entries[ModelArchive.ManifestEntry].Length;
        var path = _dir.File("short.zip");
        File.WriteAllBytes(path, Patch(signed, ModelArchive.ManifestEntry, (uint)declared + 10));

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.Equal(path, ex.Path);
        Assert.Contains($"entry 'manifest.json'", ex.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sentiment.zip")]
    [InlineData("stance.zip")]
    public void ShippedModels_EveryEntry_WellUnderItsLimit(string model)
    {
        var file = Path.Combine(TestPaths.RepositoryRoot, "models", model);
        using (var zip = ZipFile.OpenRead(file))
        {
            foreach (var entry in zip.Entries)
            {
                Assert.True(entry.Length * 8 < ModelArchive.EntryLimit(entry.FullName),
                    $"{model}'s {entry.FullName} has {entry.Length:N0} bytes; its limit is {ModelArchive.EntryLimit(entry.FullName):N0}.");
            }
        }

        var info = model == "stance.zip" ? StanceClassifier.Load(file).Info : SentimentClassifier.Load(file).Info;
        Assert.True(info.Features > 0);
    }

    [Fact]
    public void MaxEntryBytes_WordVectorTableAndLargestVocabulary_WellUnder()
    {
        var vectors = new FileInfo(Path.Combine(TestPaths.RepositoryRoot, "src", "Classifier", "Resources", "word-vectors.bin")).Length;
        const long largestVocabulary = 12 + (12L * 10_000_000); // FeaturizerSettings.MaxFeatures at its most

        Assert.True(vectors * 100 < ModelArchive.MaxEntryBytes);
        Assert.True(largestVocabulary * 2 < ModelArchive.MaxEntryBytes);
    }

    private static Dictionary<string, byte[]> Entries() => ModelZips.Entries(Shipped);

    private static byte[] Signed(Dictionary<string, byte[]> entries, CompressionLevel? level) => ModelZips.Signed(entries, level);

    private static byte[] Patch(byte[] zip, string name, uint length) => ModelZips.Patch(zip, name, length);
}
