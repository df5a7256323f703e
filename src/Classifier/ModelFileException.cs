namespace Classifier;

/// <summary>
/// Thrown when a model file cannot be loaded: missing, damaged, modified after training, of an
/// unknown format version, written by a later version with a featurizer setting this one does not know, trained
/// for the other task, or holding an alias or representatives table entry no caller could use (an empty or over-long
/// target, an empty name). The message names the file and the reason.
/// </summary>
/// <threadsafety>Instances are immutable once thrown.</threadsafety>
public sealed class ModelFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The model file, or a description such as <c>(stream)</c>.</param>
    /// <param name="reason">What is wrong and what to do about it.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ModelFileException(string path, string reason, Exception? innerException = null)
        : base($"{path}: {reason}", innerException)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The model file, or a description such as <c>(stream)</c>.</summary>
    public string Path { get; }

    /// <summary>What is wrong and what to do about it.</summary>
    public string Reason { get; }
}
