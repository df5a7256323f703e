namespace Classifier.Model;

/// <summary>
/// Reads model bytes from a file, a stream or the assembly (at most <see cref="ModelBytes.MaxFileBytes"/>), turning every
/// failure into a <see cref="ModelFileException"/>.
/// </summary>
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
            bytes = ModelBytes.FromFile(path);
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
            bytes = ModelBytes.FromStream(stream, name);
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            throw Unreadable(stream, name, ex);
        }

        return new ModelScorer(ModelArchive.Read(bytes, name, task, options));
    }

    public static async Task<ModelScorer> FromStreamAsync(Stream stream, ClassifierTask task, ModelLoadOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        const string name = "(stream)";
        byte[] bytes;
        try
        {
            bytes = await ModelBytes.FromStreamAsync(stream, name, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsUnreadable(ex, cancellationToken))
        {
            throw Unreadable(stream, name, ex);
        }

        return new ModelScorer(ModelArchive.Read(bytes, name, task, options));
    }

    // InvalidOperationException: a stream that refuses synchronous reads (an ASP.NET Core request body unless
    // AllowSynchronousIO is set); InvalidDataException: a decompressing stream over bytes it cannot decompress.
    // OperationCanceledException: a cancellation the caller did not ask for is the stream's own (Kestrel's request body
    // throws TaskCanceledException, "The request was aborted", when the client disconnects, whatever token it was given);
    // a load the caller's token cancelled reaches the caller as itself.
    private static bool IsUnreadable(Exception ex, CancellationToken cancellationToken = default) => ex is IOException or NotSupportedException
        or ObjectDisposedException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException
        || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static ModelFileException Unreadable(Stream stream, string name, Exception ex) =>
        new(name, $"cannot be read: {ex.Message.TrimEnd().TrimEnd('.')}" + (stream.CanRead && ex is InvalidOperationException or NotSupportedException
            ? "; a stream that allows only asynchronous reads (an ASP.NET Core request body) loads with LoadAsync"
            : ""), ex);

    public static ModelScorer Embedded(ClassifierTask task)
    {
        var resource = $"Classifier.Models.{TaskLabels.Name(task)}.zip";
        using var stream = typeof(ModelLoading).Assembly.GetManifestResourceStream(resource)
            ?? throw new ModelFileException($"embedded:{resource}", $"this build of the library has no default " +
                $"{TaskLabels.Name(task)} model; build it after models/{TaskLabels.Name(task)}.zip exists (scripts/retrain.sh)");
        return FromStream(stream, task, options: null, name: $"embedded:{resource}");
    }
}
