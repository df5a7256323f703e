using System.Globalization;
using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>
/// A model file or stream longer than <see cref="ModelBytes.MaxFileBytes"/> (the sum of the entries' limits, and 1 MiB for
/// the zip's own bytes) is refused naming the file and the limit: before it is read when its length is known, as soon as
/// the limit is passed otherwise. Before, <c>Load</c> read any file or stream whole into memory, up to 2 GiB.
/// </summary>
public sealed class FileSizeTests : IDisposable
{
    private static readonly long Max = ModelBytes.MaxFileBytes;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_FileLongerThanAModelMayHold_RefusedBeforeReadingNamingFileAndLimit()
    {
        var path = _dir.File("disk.img");
        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.SetLength(Max + 1); // sparse: no bytes written
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(path, ex.Path);
        Assert.Equal(N($"{path}: is {Max + 1:N0} bytes, more than the {Max:N0} a model file may hold (the sum of its entries' limits), ") +
            "so it is not a model the training CLI wrote; check that the path names a model's .zip file", ex.Message);
        Assert.True(allocated < 1L << 20, $"Load allocated {allocated:N0} bytes before refusing the file.");
    }

    [Fact]
    public void Load_SeekableStreamLongerThanAModelMayHold_RefusedBeforeReadingAByte()
    {
        using var stream = new ZeroStream(Max + 1, seekable: true);

        var ex = Assert.Throws<ModelFileException>(() => StanceClassifier.Load(stream));

        Assert.Equal(N($"(stream): holds {Max + 1:N0} bytes, more than the {Max:N0} a model file may hold (the sum of its entries' limits), ") +
            "so it is not a model the training CLI wrote; check that the stream holds a model's .zip file", ex.Message);
        Assert.Equal(0, stream.BytesRead);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 10)] // a seekable stream whose length says 10 bytes, then holds more
    public void Read_StreamPassingTheLimitWhileRead_StopsOneBytePastIt(bool seekable, long claimed)
    {
        using var stream = new ZeroStream(10_000_000, seekable, claimed);

        var ex = Assert.Throws<ModelFileException>(() => ModelBytes.Read(stream, "(stream)", isFile: false, limit: 100_000));

        Assert.Equal("(stream): holds more than the 100,000 bytes a model file may hold (the sum of its entries' limits), " +
            "so it is not a model the training CLI wrote; check that the stream holds a model's .zip file", ex.Message);
        Assert.Equal(100_001, stream.BytesRead);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_StreamOfExactlyTheLimit_ReadWhole(bool seekable)
    {
        using var stream = new ZeroStream(100_000, seekable);

        Assert.Equal(100_000, ModelBytes.Read(stream, "(stream)", isFile: false, limit: 100_000).Length);
    }

    [Fact]
    public async Task LoadAsync_SeekableStreamLongerThanAModelMayHold_RefusedBeforeReadingAByte()
    {
        using var stream = new ZeroStream(Max + 1, seekable: true);

        var ex = await Assert.ThrowsAsync<ModelFileException>(() => SentimentClassifier.LoadAsync(stream));

        Assert.Equal(N($"(stream): holds {Max + 1:N0} bytes, more than the {Max:N0} a model file may hold (the sum of its entries' limits), ") +
            "so it is not a model the training CLI wrote; check that the stream holds a model's .zip file", ex.Message);
        Assert.Equal(0, stream.BytesRead);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 10)] // a seekable stream whose length says 10 bytes, then holds more
    public async Task ReadAsync_StreamPassingTheLimitWhileRead_StopsOneBytePastIt(bool seekable, long claimed)
    {
        using var stream = new ZeroStream(10_000_000, seekable, claimed);

        var ex = await Assert.ThrowsAsync<ModelFileException>(() => ModelBytes.ReadAsync(stream, "(stream)", limit: 100_000, CancellationToken.None));

        Assert.Equal("(stream): holds more than the 100,000 bytes a model file may hold (the sum of its entries' limits), " +
            "so it is not a model the training CLI wrote; check that the stream holds a model's .zip file", ex.Message);
        Assert.Equal(100_001, stream.BytesRead);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadAsync_StreamOfExactlyTheLimit_ReadWhole(bool seekable)
    {
        using var stream = new ZeroStream(100_000, seekable);

        Assert.Equal(100_000, (await ModelBytes.ReadAsync(stream, "(stream)", limit: 100_000, CancellationToken.None)).Length);
    }

    [Fact]
    public void Read_SeekableStreamHoldingLessThanItsLength_ReadsWhatItHolds()
    {
        using var stream = new ZeroStream(60_000, seekable: true, claimed: 90_000);

        Assert.Equal(60_000, ModelBytes.Read(stream, "(stream)", isFile: false, limit: 100_000).Length);
    }

    [Fact]
    public async Task ReadAsync_SeekableStreamHoldingLessThanItsLength_ReadsWhatItHolds()
    {
        using var stream = new ZeroStream(60_000, seekable: true, claimed: 90_000);

        Assert.Equal(60_000, (await ModelBytes.ReadAsync(stream, "(stream)", limit: 100_000, CancellationToken.None)).Length);
    }

    [Fact]
    public async Task ReadAsync_SeekableStream_HoldsItsBytesOnce()
    {
        // A MemoryStream completes its reads at once, so the whole read runs on this thread and its allocations count here.
        var content = new byte[4_000_000];
        Random.Shared.NextBytes(content);
        using var stream = new MemoryStream(content);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = await ModelBytes.ReadAsync(stream, "(stream)", limit: 5_000_000, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(content, read);
        Assert.True(allocated < content.Length + 100_000, $"{allocated:N0} bytes allocated to read {content.Length:N0}");
    }

    [Fact]
    public void MaxFileBytes_EntryLimitsAndShippedModels_HoldsAllInOneArray()
    {
        var entries = ModelArchive.EntryNames.Sum(ModelArchive.EntryLimit);
        var shipped = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "models"), "*.zip").Max(f => new FileInfo(f).Length);

        Assert.Equal(entries + (1L << 20), Max);
        Assert.True(shipped * 100 < Max, $"the largest shipped model is {shipped:N0} bytes");
        Assert.True(Max < Array.MaxLength);
    }

    private static string N(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary><paramref name="length"/> zero bytes, counted as read; a seekable one's <see cref="Length"/> may claim fewer.</summary>
    private sealed class ZeroStream(long length, bool seekable, long? claimed = null) : Stream
    {
        private long _position;

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? claimed ?? length : throw new NotSupportedException();

        public override long Position
        {
            get => seekable ? _position : throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Clear(buffer, offset, n);
            _position += n;
            BytesRead += n;
            return n;
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
