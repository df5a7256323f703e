using System.Security.Cryptography;
using Classifier.Data;

namespace Classifier.Tests.Data;

/// <summary>The reader's arguments refused, a directory given for a file, the data set's hash, and the fuzzing harness's entry.</summary>
public sealed class ReadArgumentsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_NullOrEmptyListOfPaths_ThrowsNamingPaths()
    {
        var none = Assert.Throws<ArgumentNullException>(() => LabeledDataReader.Read((IReadOnlyList<string>)null!, ClassifierTask.Sentiment));
        var empty = Assert.Throws<ArgumentException>(() => LabeledDataReader.Read([], ClassifierTask.Sentiment));

        Assert.Equal("paths", none.ParamName);
        Assert.Equal(("paths", "At least one data file is required. (Parameter 'paths')"), (empty.ParamName, empty.Message));
    }

    [Fact]
    public void Read_Directory_SaysToPassTheFilesInsideIt()
    {
        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(_dir.Path, ClassifierTask.Sentiment));

        Assert.Equal($"{_dir.Path}: is a directory, not a data file; pass the .tsv files inside it", ex.Message);
        Assert.Equal(0, ex.Line);
    }

    [Fact]
    public void Read_TwoFiles_Sha256IsOfTheirBytesInOrder()
    {
        var a = _dir.File("a.tsv", "text\tlabel\nTalks resumed.\tpositive\n");
        var b = _dir.File("b.tsv", "text\tlabel\nShelling resumed.\tnegative\n");

        var data = LabeledDataReader.Read([a, b], ClassifierTask.Sentiment);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([.. File.ReadAllBytes(a), .. File.ReadAllBytes(b)])), data.Sha256);
    }

    [Fact]
    public void ReadContent_BytesOfAFile_ReadAsTheFileIs()
    {
        var bytes = "text\tlabel\nTalks resumed.\tpositive\n"u8.ToArray();

        var data = LabeledDataReader.ReadContent("fuzz.tsv", bytes, ClassifierTask.Sentiment, keepDuplicates: false);
        var ex = Assert.Throws<DataFileException>(() =>
            LabeledDataReader.ReadContent("fuzz.tsv", [.. bytes, .. "Shelling resumed.\tsad\n"u8], ClassifierTask.Sentiment, keepDuplicates: false));

        Assert.Equal(new LabeledExample("Talks resumed.", "positive", null, "fuzz.tsv", 2), Assert.Single(data.Examples));
        Assert.Equal("fuzz.tsv:3: label 'sad' is not a sentiment label; use one of: negative, neutral, positive", ex.Message);
    }
}
