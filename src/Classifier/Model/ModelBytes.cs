using System.Globalization;

namespace Classifier.Model;

/// <summary>
/// Reads a model file's bytes, at most <see cref="MaxFileBytes"/> of them: a longer file or stream is refused before it is
/// read when its length is known (a file, a seekable stream) and as soon as more bytes than that arrive otherwise, so
/// loading a hostile or mistaken file (a disk image given as a model) costs bounded memory: a stream without a length is
/// kept in chunks (<see cref="Chunks"/>), and a file that cannot be a zip archive is refused unread (<see cref="MayBeZip"/>).
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class ModelBytes
{
    /// <summary>
    /// The most bytes a model file may hold: the sum of its entries' limits (<see cref="ModelArchive.EntryLimit"/>), which
    /// bound what each entry may hold, and 1 MiB for the zip's headers and directory (deflate adds at most 5 bytes per
    /// 16 KiB it cannot shrink: about 100 KiB on entries at their limits). The shipped models are 3.6 and 5.6 MB.
    /// </summary>
    internal static long MaxFileBytes { get; } = ModelArchive.EntryNames.Sum(ModelArchive.EntryLimit) + (1L << 20);

    /// <summary>The bytes of the file at <paramref name="path"/>; the file system's exceptions are the caller's to turn into a <see cref="ModelFileException"/>.</summary>
    public static byte[] FromFile(string path)
    {
        // Like File.ReadAllBytes (no buffer: the bytes go straight into the array), with the length checked first.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Read(file, path, isFile: true, MaxFileBytes, zipOnly: true);
    }

    /// <summary>The rest of <paramref name="stream"/>, at most <see cref="MaxFileBytes"/>.</summary>
    public static byte[] FromStream(Stream stream, string name) =>
        Read(stream, name, isFile: false, MaxFileBytes);

    /// <summary>
    /// The rest of <paramref name="stream"/>, at most <see cref="MaxFileBytes"/>, read with <see cref="Stream.ReadAtLeastAsync(Memory{byte}, int, bool, CancellationToken)"/>
    /// (a stream that allows only asynchronous reads, as an ASP.NET Core request body does); refused as <see cref="Read"/> refuses.
    /// </summary>
    public static Task<byte[]> FromStreamAsync(Stream stream, string name, CancellationToken cancellationToken) =>
        ReadAsync(stream, name, MaxFileBytes, cancellationToken);

    /// <summary>
    /// The asynchronous <see cref="Read"/>: the same reading, awaiting each read (<see cref="ReadCore{TReads}"/>).
    /// </summary>
    internal static Task<byte[]> ReadAsync(Stream stream, string name, long limit, CancellationToken cancellationToken) =>
        ReadCore<Awaiting>(stream, name, isFile: false, limit, zipOnly: false, cancellationToken).AsTask();

    /// <summary>
    /// The rest of <paramref name="stream"/>, at most <paramref name="limit"/> bytes, else a <see cref="ModelFileException"/>
    /// naming <paramref name="name"/> (a file's path if <paramref name="isFile"/>), the size and the limit. A seekable stream (a file,
    /// the embedded resource) is read straight into one array of its length: growing a buffer by doubling touched three times
    /// the memory, and fresh memory is most of the start-up cost on a virtual machine (about 3 ms per MB here). Any other
    /// is kept in chunks and copied once into one array at its end, so a stream that never ends costs about the limit,
    /// not a doubling buffer's two to three times it. With <paramref name="zipOnly"/> (a file), bytes that cannot be a zip
    /// archive (<see cref="MayBeZip"/>) are refused before they are read: a large file that is no zip is not read whole.
    /// </summary>
    internal static byte[] Read(Stream stream, string name, bool isFile, long limit, bool zipOnly = false)
    {
        // Blocking reads complete the task before it is returned: nothing waits here.
        return ReadCore<Blocking>(stream, name, isFile, limit, zipOnly, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>
    /// What <see cref="Read"/> and <see cref="ReadAsync"/> share, reading through <typeparamref name="TReads"/>: blocking
    /// (<see cref="Blocking"/>) or awaited (<see cref="Awaiting"/>), one body for both, as the runtime's SslStream does.
    /// </summary>
    private static async ValueTask<byte[]> ReadCore<TReads>(Stream stream, string name, bool isFile, long limit, bool zipOnly, CancellationToken cancellationToken)
        where TReads : IReads
    {
        Chunks? chunks = null;
        if (stream.CanSeek && stream.Length - stream.Position is var remaining and >= 0)
        {
            if (remaining > limit)
            {
                throw TooLarge(name, remaining, isFile, limit);
            }

            if (zipOnly && !MayBeZip(stream, remaining))
            {
                throw new ModelFileException(name, ModelArchive.NotAZip);
            }

            var bytes = new byte[remaining];
            var read = await TReads.ReadAtLeast(stream, bytes, bytes.Length, cancellationToken).ConfigureAwait(false);
            var extra = new byte[1];
            var more = read == bytes.Length && await TReads.ReadAtLeast(stream, extra, 1, cancellationToken).ConfigureAwait(false) > 0;
            if (read == bytes.Length && !more)
            {
                return bytes;
            }

            // The stream held more or less than its length said: keep what was read and read whatever is left.
            chunks = new Chunks();
            chunks.Append(bytes.AsSpan(0, read));
            if (more)
            {
                chunks.Append(extra);
            }
        }

        chunks ??= new Chunks();
        while (chunks.Length <= limit)
        {
            var n = await TReads.ReadAtLeast(stream, chunks.Free(limit + 1), 1, cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                return chunks.ToArray();
            }

            chunks.Advance(n);
        }

        throw TooLarge(name, size: null, isFile, limit);
    }

    /// <summary>How <see cref="ReadCore{TReads}"/> reads: at least <c>least</c> bytes into the buffer, fewer only at the stream's end.</summary>
    private interface IReads
    {
        static abstract ValueTask<int> ReadAtLeast(Stream stream, Memory<byte> buffer, int least, CancellationToken cancellationToken);
    }

    /// <summary>Reads with <see cref="Stream.ReadAtLeast(Span{byte}, int, bool)"/>, returning a completed task.</summary>
    private readonly struct Blocking : IReads
    {
        public static ValueTask<int> ReadAtLeast(Stream stream, Memory<byte> buffer, int least, CancellationToken cancellationToken) =>
            new(stream.ReadAtLeast(buffer.Span, least, throwOnEndOfStream: false));
    }

    /// <summary>Reads with <see cref="Stream.ReadAtLeastAsync(Memory{byte}, int, bool, CancellationToken)"/> (a stream that allows only asynchronous reads, as an ASP.NET Core request body does).</summary>
    private readonly struct Awaiting : IReads
    {
        public static ValueTask<int> ReadAtLeast(Stream stream, Memory<byte> buffer, int least, CancellationToken cancellationToken) =>
            stream.ReadAtLeastAsync(buffer, least, throwOnEndOfStream: false, cancellationToken);
    }

    /// <summary>
    /// Whether the <paramref name="remaining"/> bytes of a seekable <paramref name="stream"/> (a file) may be a zip archive:
    /// they open as one does (a local file header, <c>PK\x03\x04</c>, as every model the training CLI writes), or their
    /// last 64 KiB hold the end record a zip archive closes with (<c>PK\x05\x06</c>), as a model file cut short at its start
    /// still does, so that it is read and reported as damaged. Reads at most those bytes and returns to where it started;
    /// no bytes at all are left to the reader's own message ("is empty").
    /// </summary>
    private static bool MayBeZip(Stream stream, long remaining)
    {
        if (remaining == 0)
        {
            return true;
        }

        ReadOnlySpan<byte> local = [0x50, 0x4B, 0x03, 0x04];
        ReadOnlySpan<byte> end = [0x50, 0x4B, 0x05, 0x06];
        var start = stream.Position;
        Span<byte> head = stackalloc byte[4];
        var may = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(local);
        if (!may)
        {
            // The end record is 22 bytes and its comment at most 65,535.
            var tail = new byte[(int)Math.Min(remaining, 22 + 65_535)];
            stream.Seek(start + remaining - tail.Length, SeekOrigin.Begin);
            may = tail.AsSpan(0, stream.ReadAtLeast(tail, tail.Length, throwOnEndOfStream: false)).IndexOf(end) >= 0;
        }

        stream.Seek(start, SeekOrigin.Begin);
        return may;
    }

    /// <summary>
    /// Bytes read so far, in chunks that grow from 64 KiB to at most 1 MiB (so a long stream wastes little of its last
    /// chunk), copied into one array only at the end.
    /// </summary>
    private sealed class Chunks
    {
        private const int First = 1 << 16;
        private const int Largest = 1 << 20;
        private readonly List<byte[]> _full = [];
        private byte[] _current = new byte[First];
        private int _used;

        /// <summary>How many bytes have been kept.</summary>
        public long Length { get; private set; }

        /// <summary>Room for the next read, so that no more than <paramref name="most"/> bytes are ever kept in all.</summary>
        public Memory<byte> Free(long most)
        {
            if (_used == _current.Length)
            {
                _full.Add(_current);
                _current = new byte[Math.Min(Largest, _current.Length * 2)];
                _used = 0;
            }

            return _current.AsMemory(_used, (int)Math.Min(_current.Length - _used, most - Length));
        }

        /// <summary>Keeps the <paramref name="n"/> bytes just read into <see cref="Free"/>.</summary>
        public void Advance(int n)
        {
            _used += n;
            Length += n;
        }

        /// <summary>Keeps a copy of <paramref name="bytes"/>.</summary>
        public void Append(ReadOnlySpan<byte> bytes)
        {
            while (!bytes.IsEmpty)
            {
                var room = Free(long.MaxValue).Span;
                var n = Math.Min(room.Length, bytes.Length);
                bytes[..n].CopyTo(room);
                Advance(n);
                bytes = bytes[n..];
            }
        }

        /// <summary>Every byte kept, in one array.</summary>
        public byte[] ToArray()
        {
            var result = new byte[Length];
            var at = 0;
            foreach (var chunk in _full)
            {
                chunk.CopyTo(result, at);
                at += chunk.Length;
            }

            _current.AsSpan(0, _used).CopyTo(result.AsSpan(at));
            return result;
        }
    }

    /// <summary>The refusal: the size if known before reading (<paramref name="size"/>), else that reading passed the limit.</summary>
    private static ModelFileException TooLarge(string name, long? size, bool isFile, long limit)
    {
        var (what, it) = isFile ? ("is", "the path names") : ("holds", "the stream holds");
        var how = size is { } n
            ? string.Create(CultureInfo.InvariantCulture, $"{what} {n:N0} bytes, more than the {limit:N0}")
            : string.Create(CultureInfo.InvariantCulture, $"holds more than the {limit:N0} bytes");
        return new(name, $"{how} a model file may hold (the sum of its entries' limits), so it is not a model the training CLI " +
            $"wrote; check that {it} a model's .zip file");
    }
}
