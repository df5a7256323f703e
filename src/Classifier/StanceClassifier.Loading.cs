using Classifier.Model;

namespace Classifier;

/// <summary>Loading: the embedded default model, a model file, a stream.</summary>
public sealed partial class StanceClassifier
{
    /// <summary>The default model embedded in this library. Every call returns the same instance; if the first load fails, the next call tries again.</summary>
    /// <returns>The shared default classifier.</returns>
    /// <exception cref="ModelFileException">The library was built without a default stance model.</exception>
    public static StanceClassifier LoadDefault() => Default.Value;

    /// <summary>Loads a stance model file written by the training CLI.</summary>
    /// <param name="path">The model file (<c>.zip</c>).</param>
    /// <param name="options">Load options, such as an expected SHA-256; <see langword="null"/> for none.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space, or holds the null character U+0000, which no file path may hold (the message names the parameter and the character's index).</exception>
    /// <exception cref="ModelFileException">The file is missing, larger than a model file may hold, damaged, modified, of an unknown format version, written by a later version with a featurizer setting this one does not know, or a sentiment model; or its manifest's alias or representatives table holds an entry no caller could use (an empty or over-long target, an empty name), which the message names. The training files' naming rules (short lower-case names, a name of two targets...) are not re-applied: a model an earlier build trained under looser ones loads.</exception>
    public static StanceClassifier Load(string path, ModelLoadOptions? options = null) =>
        new(ModelLoading.FromFile(path, ClassifierTask.Stance, options));

    /// <summary>Loads a stance model from a stream holding a model file.</summary>
    /// <param name="stream">The stream, read synchronously from its current position to its end; the caller keeps ownership.</param>
    /// <param name="options">Load options, such as an expected SHA-256; <see langword="null"/> for none.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ModelFileException">The stream cannot be read (its <c>Read</c> throws an <see cref="IOException"/>, an <see cref="InvalidDataException"/>, an <see cref="OperationCanceledException"/> (an ASP.NET Core request body whose client disconnected) or an <see cref="InvalidOperationException"/>: a stream that allows only asynchronous reads, such as an ASP.NET Core request body, loads with <see cref="LoadAsync"/> instead), is closed or write-only; or the content is larger than a model file may hold, damaged, modified, of an unknown format version, written by a later version with a featurizer setting this one does not know, or a sentiment model; or its manifest's alias or representatives table holds an entry no caller could use (as for <see cref="Load(string, ModelLoadOptions?)"/>).</exception>
    public static StanceClassifier Load(Stream stream, ModelLoadOptions? options = null) =>
        new(ModelLoading.FromStream(stream, ClassifierTask.Stance, options));

    /// <summary>
    /// Loads a stance model from a stream holding a model file, reading it asynchronously: for a stream that allows only
    /// asynchronous reads, such as an ASP.NET Core request body. Only the reading is asynchronous: the model is then built
    /// from the bytes read, as <see cref="Load(Stream, ModelLoadOptions?)"/> builds it.
    /// </summary>
    /// <param name="stream">The stream, read from its current position to its end; the caller keeps ownership.</param>
    /// <param name="options">Load options, such as an expected SHA-256; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null (thrown by the call itself, not through the task).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while the stream was read.</exception>
    /// <exception cref="ModelFileException">As for <see cref="Load(Stream, ModelLoadOptions?)"/>, with <c>ReadAsync</c> in place of <c>Read</c>; an <see cref="OperationCanceledException"/> that <c>ReadAsync</c> throws while <paramref name="cancellationToken"/> is not cancelled (an ASP.NET Core request body whose client disconnected: "The request was aborted") is a stream that cannot be read.</exception>
    public static Task<StanceClassifier> LoadAsync(Stream stream, ModelLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Thrown at the call, not through the task, as .NET's own asynchronous methods do with a bad argument.
        ArgumentNullException.ThrowIfNull(stream);
        return Read(stream, options, cancellationToken);

        static async Task<StanceClassifier> Read(Stream stream, ModelLoadOptions? options, CancellationToken cancellationToken) =>
            new(await ModelLoading.FromStreamAsync(stream, ClassifierTask.Stance, options, cancellationToken).ConfigureAwait(false));
    }
}
