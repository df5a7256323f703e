namespace Classifier.Tests.Hosting;

/// <summary>
/// LoadAsync reads a model from a stream that allows only asynchronous reads (an ASP.NET Core request body), which
/// Load(Stream) refuses; it loads what Load(path) loads and refuses what Load(Stream) refuses, with the same messages.
/// </summary>
public sealed class AsyncLoadTests
{
    private static readonly string SentimentPath = Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip");
    private static readonly string StancePath = Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip");

    [Fact]
    public async Task LoadAsync_StreamAllowingOnlyAsynchronousReads_LoadsTheModelLoadReadsFromItsPath()
    {
        using var sentimentStream = new AsyncOnlyStream(File.ReadAllBytes(SentimentPath));
        using var stanceStream = new AsyncOnlyStream(File.ReadAllBytes(StancePath));

        var sentiment = await SentimentClassifier.LoadAsync(sentimentStream);
        var stance = await StanceClassifier.LoadAsync(stanceStream);

        const string text = "The ministry welcomed the ceasefire but warned that Moscow had broken its word before.";
        Assert.Equal(SentimentClassifier.Load(SentimentPath).Info.FileSha256, sentiment.Info.FileSha256);
        Assert.Equal(SentimentClassifier.Load(SentimentPath).Predict(text), sentiment.Predict(text));
        Assert.Equal(StanceClassifier.Load(StancePath).Predict(text, "Russia"), stance.Predict(text, "Russia"));
        Assert.True(sentimentStream.Reads > 1, "the test stream hands out its bytes in small pieces");
    }

    [Fact]
    public async Task LoadAsync_StanceModelAsSentiment_ThrowsWhatLoadThrows()
    {
        var bytes = File.ReadAllBytes(StancePath);
        using var syncStream = new MemoryStream(bytes);
        using var asyncStream = new AsyncOnlyStream(bytes);

        var expected = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(syncStream));
        var actual = await Assert.ThrowsAsync<ModelFileException>(() => SentimentClassifier.LoadAsync(asyncStream));

        Assert.Equal(expected.Message, actual.Message);
        Assert.Contains("stance", actual.Message);
    }

    [Fact]
    public async Task LoadAsync_CancelledToken_ThrowsOperationCanceledExceptionAsItself()
    {
        using var stream = new AsyncOnlyStream(File.ReadAllBytes(SentimentPath));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => StanceClassifier.LoadAsync(stream, cancellationToken: cancelled.Token));
        Assert.Equal(0, stream.Reads);
    }

    [Fact]
    public async Task LoadAsync_StreamWhoseReadAsyncFails_ThrowsModelFileExceptionWithTheStreamsException()
    {
        using var stream = new AsyncOnlyStream([], fail: new IOException("The connection was reset."));

        var ex = await Assert.ThrowsAsync<ModelFileException>(() => SentimentClassifier.LoadAsync(stream));

        Assert.Equal("(stream): cannot be read: The connection was reset", ex.Message);
        Assert.IsType<IOException>(ex.InnerException);
    }

    [Fact]
    public async Task LoadAsync_StreamCancellingItsOwnRead_ThrowsModelFileExceptionWithTheStreamsException()
    {
        // Kestrel's request body when the client disconnects mid-upload, whatever token the read was given: before, this
        // TaskCanceledException escaped as itself, though the token passed (none) was never cancelled.
        using var stream = new AsyncOnlyStream([], fail: new TaskCanceledException("The request was aborted"));

        var ex = await Assert.ThrowsAsync<ModelFileException>(() => StanceClassifier.LoadAsync(stream));

        Assert.Equal("(stream): cannot be read: The request was aborted", ex.Message);
        Assert.IsType<TaskCanceledException>(ex.InnerException);
    }

    [Fact]
    public void LoadAsync_NullStream_ThrowsArgumentNullExceptionAtTheCall()
    {
        // At the call, before any task exists, as .NET's asynchronous methods throw a bad argument.
        Assert.Throws<ArgumentNullException>(() => { _ = SentimentClassifier.LoadAsync(null!); });
        Assert.Throws<ArgumentNullException>(() => { _ = StanceClassifier.LoadAsync(null!); });
    }
}
