using Classifier.Data;

namespace Classifier.Tests.Model;

/// <summary>
/// A path holding U+0000 names no file (a C string's terminator, or a list's separator, left in): the call is wrong, not a
/// file, so it is an <see cref="ArgumentException"/> naming the parameter, as .NET's own file methods throw, not a
/// <see cref="ModelFileException"/> or a <see cref="DataFileException"/> about a file.
/// </summary>
public sealed class PathArgumentTests
{
    [Fact]
    public void Load_PathWithANullCharacter_ThrowsArgumentExceptionNamingTheParameter()
    {
        // Before: ModelFileException "mod\0el.zip: cannot be read: Null character in path.", a bad model file.
        var sentiment = Assert.Throws<ArgumentException>(() => SentimentClassifier.Load("mod\0el.zip"));
        var stance = Assert.Throws<ArgumentException>(() => StanceClassifier.Load("mod\0el.zip"));

        Assert.Equal("path", sentiment.ParamName);
        Assert.Equal("path holds the null character U+0000 at index 3 (0-based), which no file path may hold; remove it. (Parameter 'path')", sentiment.Message);
        Assert.Equal(sentiment.Message, stance.Message);
    }

    [Fact]
    public void Load_ExistingFolderWithANullCharacterAfterIt_ThrowsArgumentExceptionNotAFolderError()
    {
        var path = TestPaths.RepositoryRoot + "\0";

        var ex = Assert.Throws<ArgumentException>(() => SentimentClassifier.Load(path));

        Assert.Equal($"path holds the null character U+0000 at index {path.Length - 1} (0-based), which no file path may hold; remove it. (Parameter 'path')", ex.Message);
    }

    [Fact]
    public void LabeledDataReaderRead_PathWithANullCharacter_ThrowsArgumentExceptionNamingThePath()
    {
        // Before: DataFileException "da\0ta.tsv: file not found; check the path", though no file could have that name.
        var good = Path.Combine(TestPaths.RepositoryRoot, "data", "sentiment", "dev.tsv");

        var one = Assert.Throws<ArgumentException>(() => LabeledDataReader.Read("da\0ta.tsv", ClassifierTask.Sentiment));
        var second = Assert.Throws<ArgumentException>(() => LabeledDataReader.Read([good, "da\0ta.tsv"], ClassifierTask.Sentiment));

        Assert.Equal("path", one.ParamName);
        Assert.Equal("path holds the null character U+0000 at index 2 (0-based), which no file path may hold; remove it. (Parameter 'path')", one.Message);
        Assert.Equal("paths", second.ParamName);
        Assert.Equal("paths[1] (0-based) holds the null character U+0000 at index 2 (0-based), which no file path may hold; remove it. (Parameter 'paths')", second.Message);
    }
}
