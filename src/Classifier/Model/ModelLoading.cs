namespace Classifier.Model;

/// <summary>Reads model bytes from a file, a stream or the assembly, turning every failure into a <see cref="ModelFileException"/>.</summary>
internal static class ModelLoading
{
    public static ModelScorer FromFile(string path, ClassifierTask? task, ModelLoadOptions? options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
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

        return new ModelScorer(ModelArchive.Read(bytes, path, task, options));
    }

    public static ModelScorer FromStream(Stream stream, ClassifierTask? task, ModelLoadOptions? options, string name = "(stream)")
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        try
        {
            stream.CopyTo(buffer);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw new ModelFileException(name, $"cannot be read: {ex.Message}", ex);
        }

        return new ModelScorer(ModelArchive.Read(buffer.ToArray(), name, task, options));
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
