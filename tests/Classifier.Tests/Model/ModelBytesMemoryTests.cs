using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>
/// What refusing a file or stream that is no model costs: a file that can be no zip archive (neither opening nor closing
/// as one does) is refused unread, and a stream read without a length is kept in chunks, so one that never ends costs
/// about the limit.
/// Before, a 600 MB file of zeros was read whole before "not a zip archive", and an endless stream grew a doubling
/// buffer to about 2.5 GB before it was refused.
/// </summary>
public sealed class ModelBytesMemoryTests : IDisposable
{
    private static readonly byte[] ZipHead = [0x50, 0x4B, 0x03, 0x04];
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_LargeFileThatIsNoZip_RefusedAfterItsFirstBytes()
    {
        var path = _dir.File("zeros.bin");
        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.SetLength(200_000_000); // sparse zeros
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal($"{path}: is not a model file: it is not a zip archive (or it is truncated)", ex.Message);
        Assert.True(allocated < 1 << 20, $"{allocated:N0} bytes allocated to refuse a file of zeros");
    }

    [Fact]
    public void Load_FileOfTextNamedAsAModel_RefusedAsNoZip()
    {
        var path = _dir.File("model.zip", "{\"featurizer\": {}}\n");

        var ex = Assert.Throws<ModelFileException>(() => StanceClassifier.Load(path));

        Assert.Equal($"{path}: is not a model file: it is not a zip archive (or it is truncated)", ex.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Read_EndlessStream_AllocatesAboutTheLimit(bool async)
    {
        const int Limit = 20_000_000;
        using var stream = new EndlessStream(ZipHead);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = async
            ? await Assert.ThrowsAsync<ModelFileException>(() => ModelBytes.ReadAsync(stream, "(stream)", Limit, CancellationToken.None))
            : Assert.Throws<ModelFileException>(() => ModelBytes.Read(stream, "(stream)", isFile: false, Limit));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.StartsWith("(stream): holds more than the 20,000,000 bytes", ex.Message);
        Assert.Equal(Limit + 1, stream.BytesRead);
        // A doubling buffer allocated about 3 times the limit (32 MiB of capacity, and every smaller one before it).
        Assert.True(allocated < Limit * 1.3, $"{allocated:N0} bytes allocated for a limit of {Limit:N0}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Read_StreamWithoutALength_GivesItsBytesInOrder(bool async)
    {
        var content = new byte[3_000_001];
        Random.Shared.NextBytes(content);
        ZipHead.CopyTo(content, 0);
        using var stream = new UnseekableStream(content);

        var read = async
            ? await ModelBytes.ReadAsync(stream, "(stream)", 5_000_000, CancellationToken.None)
            : ModelBytes.Read(stream, "(stream)", isFile: false, 5_000_000);

        Assert.Equal(content, read);
    }

    /// <summary>A stream without a length that gives <c>head</c> and then zeros, for ever.</summary>
    private sealed class EndlessStream(byte[] head) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            for (var i = 0; i < buffer.Length; i++)
            {
                buffer[i] = BytesRead + i < head.Length ? head[BytesRead + i] : (byte)0;
            }

            BytesRead += buffer.Length;
            return buffer.Length;
        }

        // Completed at once, on the caller's thread, so that the test thread's allocation count sees the whole read
        // (the base ReadAsync would read on the thread pool).
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A <see cref="MemoryStream"/> that hides its length, giving at most 7,000 bytes a read.</summary>
    private sealed class UnseekableStream(byte[] content) : MemoryStream(content, writable: false)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 7_000));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 7_000)]);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, 7_000), cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 7_000)], cancellationToken);
    }
}
