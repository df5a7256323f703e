namespace Classifier.Tests.Model;

/// <summary>
/// What a failed load says where a new user most often goes wrong: a relative path that is looked for elsewhere than
/// they think, and a stream written and then loaded without rewinding it (before, "is empty (0 bytes)").
/// </summary>
public sealed class LoadMessagesTests
{
    [Fact]
    public void Load_MissingFileByARelativePath_SaysTheFullPathLookedFor()
    {
        const string path = "no-such-folder/nope.zip";

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.Equal($"{path}: model file not found (looked for {Path.GetFullPath(path)}); check the path, or train one with the training CLI's 'train' command", ex.Message);
        Assert.Equal(path, ex.Path);
    }

    [Fact]
    public void Load_StreamAtItsEnd_SaysToRewindIt()
    {
        using var stream = WrittenModel();

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(stream));

        Assert.Equal($"(stream): gave no bytes: it was at its end (position {stream.Length:N0}), not at the start of the model; " +
            "set its Position to 0 before loading, as after writing the model into it", ex.Message);
        stream.Position = 0;
        Assert.Equal("positive", SentimentClassifier.Load(stream).Predict("Talks resumed after a two-year freeze.").Label);
    }

    [Fact]
    public async Task LoadAsync_StreamAtItsEnd_SaysToRewindIt()
    {
        using var stream = WrittenModel();

        var ex = await Assert.ThrowsAsync<ModelFileException>(() => StanceClassifier.LoadAsync(stream));

        Assert.Contains("gave no bytes: it was at its end", ex.Message);
    }

    [Fact]
    public void Load_EmptyStreamAtItsStart_IsStillCalledEmpty()
    {
        using var stream = new MemoryStream();

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(stream));

        Assert.Equal("is empty (0 bytes), not a model file", ex.Reason);
    }

    /// <summary>A memory stream the default model's file was just copied into, left at its end.</summary>
    private static MemoryStream WrittenModel()
    {
        var stream = new MemoryStream();
        using (var file = File.OpenRead(Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip")))
        {
            file.CopyTo(stream);
        }

        return stream;
    }
}
