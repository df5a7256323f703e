using System.IO.Compression;

namespace Classifier.Tests.Hosting;

/// <summary>
/// Load(Stream) given a stream that fails as streams in a service do: an ASP.NET Core request body, which refuses
/// synchronous reads with an InvalidOperationException, and a decompressing stream over bytes that are not what it
/// decompresses, which throws an InvalidDataException. Both are a <see cref="ModelFileException"/>, as the XML docs say.
/// </summary>
public sealed class StreamReadFailureTests
{
    [Fact]
    public void Load_StreamRefusingSynchronousReads_ThrowsModelFileExceptionSayingToUseLoadAsync()
    {
        using var stream = new AsyncOnlyStream([]);

        var sentiment = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(stream));
        var stance = Assert.Throws<ModelFileException>(() => StanceClassifier.Load(stream));

        Assert.IsType<InvalidOperationException>(sentiment.InnerException);
        Assert.Contains("cannot be read", sentiment.Message);
        Assert.Contains("loads with LoadAsync", sentiment.Message);
        Assert.Equal(sentiment.Message, stance.Message);
    }

    [Fact]
    public void Load_GZipStreamOverBytesThatAreNotGZip_ThrowsModelFileException()
    {
        using var stream = new GZipStream(new MemoryStream(new byte[] { 0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8 }), CompressionMode.Decompress);

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(stream));

        Assert.IsType<InvalidDataException>(ex.InnerException);
        Assert.Equal("(stream)", ex.Path);
        Assert.Contains("cannot be read", ex.Message);
    }

    [Fact]
    public void Load_StreamCancellingItsOwnRead_ThrowsModelFileException()
    {
        // Kestrel's request body with AllowSynchronousIO, when the client disconnects mid-upload: before, this
        // TaskCanceledException escaped as itself, though the XML docs list only ModelFileException for the stream.
        using var stream = new AbortedStream();

        var ex = Assert.Throws<ModelFileException>(() => StanceClassifier.Load(stream));

        Assert.Equal("(stream): cannot be read: The request was aborted", ex.Message);
        Assert.IsType<TaskCanceledException>(ex.InnerException);
    }

    /// <summary>A request body whose client has gone: every read throws what Kestrel's throws then.</summary>
    private sealed class AbortedStream : MemoryStream
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => throw new TaskCanceledException("The request was aborted");

        public override int Read(Span<byte> buffer) => throw new TaskCanceledException("The request was aborted");
    }
}
