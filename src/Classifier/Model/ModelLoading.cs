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
        PathArguments.ThrowIfNullCharacter(path, nameof(path));
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
            throw new ModelFileException(path, "model file not found" + (Path.IsPathFullyQualified(path) ? "" : $" (looked for {FullPath(path)})") +
                "; check the path, or train one with the training CLI's 'train' command", ex);
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
        var at = Position(stream);
        byte[] bytes;
        try
        {
            bytes = ModelBytes.FromStream(stream, name);
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            throw Unreadable(stream, name, ex);
        }

        ThrowIfAtItsEnd(bytes, at, name);
        return new ModelScorer(ModelArchive.Read(bytes, name, task, options));
    }

    /// <summary>A seekable stream's position before it is read, or null (an unseekable or closed stream).</summary>
    private static long? Position(Stream stream)
    {
        try
        {
            return stream.CanSeek ? stream.Position : null;
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            return null;
        }
    }

    /// <summary>
    /// A stream that gave no bytes because it was read from its end, as a MemoryStream just written to is: said so, with
    /// what to do, rather than called empty.
    /// </summary>
    private static void ThrowIfAtItsEnd(byte[] bytes, long? position, string name)
    {
        if (bytes.Length == 0 && position > 0)
        {
            throw new ModelFileException(name, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"gave no bytes: it was at its end (position {position:N0}), not at the start of the model; set its Position to 0 before loading, as after writing the model into it"));
        }
    }

    /// <summary>The full path of <paramref name="path"/>, or the path as given when it has none.</summary>
    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return path;
        }
    }

    public static async Task<ModelScorer> FromStreamAsync(Stream stream, ClassifierTask task, ModelLoadOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        const string name = "(stream)";
        var at = Position(stream);
        byte[] bytes;
        try
        {
            bytes = await ModelBytes.FromStreamAsync(stream, name, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsUnreadable(ex, cancellationToken))
        {
            throw Unreadable(stream, name, ex);
        }

        ThrowIfAtItsEnd(bytes, at, name);

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
