namespace Classifier.Model;

/// <summary>Reads model bytes from a file, a stream or the assembly, turning every failure into a <see cref="ModelFileException"/>.</summary>
internal static class ModelLoading
{
    public static ModelScorer FromFile(string path, ClassifierTask? task, ModelLoadOptions? options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            throw new ModelFileException(path, "is a folder, not a model file; give the path of a model's .zip file");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ModelFileException(path, "model file not found; check the path, or train one with the training CLI's 'train' command", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ModelFileException(path, $"cannot be read: {ex.Message}", ex);
        }
        catch (ArgumentException ex)
        {
            // A path the file system refuses (one holding a null character): a problem with the file, as any other.
            throw new ModelFileException(path, $"cannot be read: {ArgumentMessages.Sentence(ex)}", ex);
        }

        return new ModelScorer(ModelArchive.Read(bytes, path, task, options));
    }

    public static ModelScorer FromStream(Stream stream, ClassifierTask? task, ModelLoadOptions? options, string name = "(stream)")
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] bytes;
        try
        {
            bytes = ReadAll(stream);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw new ModelFileException(name, $"cannot be read: {ex.Message}", ex);
        }

        return new ModelScorer(ModelArchive.Read(bytes, name, task, options));
    }

    /// <summary>
    /// The rest of <paramref name="stream"/>. A seekable stream (a file, the embedded resource) is read straight into one
    /// array of its length: growing a buffer by doubling touched three times the memory, and fresh memory is most of the
    /// start-up cost on a virtual machine (about 3 ms per MB here).
    /// </summary>
    private static byte[] ReadAll(Stream stream)
    {
        if (stream.CanSeek && stream.Length - stream.Position is var remaining and >= 0 and <= int.MaxValue)
        {
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

            stream.CopyTo(rest);
            return rest.ToArray();
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static ModelScorer Embedded(ClassifierTask task)
    {
        var resource = $"Classifier.Models.{TaskLabels.Name(task)}.zip";
        using var stream = typeof(ModelLoading).Assembly.GetManifestResourceStream(resource)
            ?? throw new ModelFileException($"embedded:{resource}", $"this build of the library has no default " +
                $"{TaskLabels.Name(task)} model; build it after models/{TaskLabels.Name(task)}.zip exists (scripts/retrain.sh)");
        return FromStream(stream, task, options: null, name: $"embedded:{resource}");
    }
}
