using System.Globalization;

namespace Classifier.Model;

/// <summary>
/// Reads a model file's bytes, at most <see cref="MaxFileBytes"/> of them: a longer file or stream is refused before it is
/// read when its length is known (a file, a seekable stream) and as soon as more bytes than that arrive otherwise, so
/// loading a hostile or mistaken file (a disk image given as a model) costs bounded memory.
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
        return Read(file, path, isFile: true, MaxFileBytes);
    }

    /// <summary>The rest of <paramref name="stream"/>, at most <see cref="MaxFileBytes"/>.</summary>
    public static byte[] FromStream(Stream stream, string name) =>
        Read(stream, name, isFile: false, MaxFileBytes);

    /// <summary>
    /// The rest of <paramref name="stream"/>, at most <see cref="MaxFileBytes"/>, read with <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/>
    /// (a stream that allows only asynchronous reads, as an ASP.NET Core request body does); refused as <see cref="Read"/> refuses.
    /// </summary>
    public static Task<byte[]> FromStreamAsync(Stream stream, string name, CancellationToken cancellationToken) =>
        ReadAsync(stream, name, MaxFileBytes, cancellationToken);

    /// <summary>
    /// The asynchronous <see cref="Read"/>: a seekable stream longer than <paramref name="limit"/> is refused unread, any
    /// other once it passes the limit; a seekable stream is read straight into one array of its length, as <see cref="Read"/> reads it.
    /// </summary>
    internal static async Task<byte[]> ReadAsync(Stream stream, string name, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        if (stream.CanSeek && stream.Length - stream.Position is var remaining and >= 0)
        {
            if (remaining > limit)
            {
                throw TooLarge(name, remaining, isFile: false, limit);
            }

            var bytes = new byte[remaining];
            var read = await stream.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            var extra = new byte[1];
            if (read == bytes.Length && await stream.ReadAsync(extra, cancellationToken).ConfigureAwait(false) == 0)
            {
                return bytes;
            }

            // The stream held more or less than its length said: keep what was read and read whatever is left.
            buffer.Write(bytes, 0, read);
            if (read == bytes.Length)
            {
                buffer.WriteByte(extra[0]);
            }
        }

        var chunk = new byte[81920];
        while (buffer.Length <= limit)
        {
            var n = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length)), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                return buffer.ToArray();
            }

            buffer.Write(chunk, 0, n);
        }

        throw TooLarge(name, size: null, isFile: false, limit);
    }

    /// <summary>
    /// The rest of <paramref name="stream"/>, at most <paramref name="limit"/> bytes, else a <see cref="ModelFileException"/>
    /// naming <paramref name="name"/> (a file's path if <paramref name="isFile"/>), the size and the limit. A seekable stream (a file,
    /// the embedded resource) is read straight into one array of its length: growing a buffer by doubling touched three times
    /// the memory, and fresh memory is most of the start-up cost on a virtual machine (about 3 ms per MB here).
    /// </summary>
    internal static byte[] Read(Stream stream, string name, bool isFile, long limit)
    {
        if (stream.CanSeek && stream.Length - stream.Position is var remaining and >= 0)
        {
            if (remaining > limit)
            {
                throw TooLarge(name, remaining, isFile, limit);
            }

            var bytes = new byte[remaining];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            var extra = read == bytes.Length ? stream.ReadByte() : -1;
            if (read == bytes.Length && extra < 0)
            {
                return bytes;
            }

            // The stream held more or less than its length said: keep what was read and read whatever is left.
            using var rest = new MemoryStream();
            rest.Write(bytes, 0, read);
            if (extra >= 0)
            {
                rest.WriteByte((byte)extra);
            }

            return ReadBounded(stream, rest, name, isFile, limit);
        }

        using var buffer = new MemoryStream();
        return ReadBounded(stream, buffer, name, isFile, limit);
    }

    /// <summary><paramref name="buffer"/> followed by the rest of <paramref name="stream"/>, refused once it passes <paramref name="limit"/>.</summary>
    private static byte[] ReadBounded(Stream stream, MemoryStream buffer, string name, bool isFile, long limit)
    {
        var chunk = new byte[81920];
        while (buffer.Length <= limit)
        {
            var n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length));
            if (n == 0)
            {
                return buffer.ToArray();
            }

            buffer.Write(chunk, 0, n);
        }

        throw TooLarge(name, size: null, isFile, limit);
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
