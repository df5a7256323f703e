namespace Classifier.Data;

/// <summary>
/// Thrown when a labeled data file cannot be used: it is missing, lacks a required column, or has
/// malformed rows. <see cref="Errors"/> lists every problem found (up to
/// <see cref="LabeledDataReader.MaxReportedErrors"/>), each with its file and line.
/// </summary>
/// <threadsafety>Instances are immutable once thrown.</threadsafety>
public sealed class DataFileException : Exception
{
    /// <summary>Creates an exception for the given problems.</summary>
    /// <param name="errors">The problems found; at least one.</param>
    /// <param name="totalErrors">How many problems there were in all (may exceed <paramref name="errors"/>' count).</param>
    public DataFileException(IReadOnlyList<DataFileError> errors, int totalErrors)
        : base(Format(errors, totalErrors))
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("At least one error is required.", nameof(errors));
        }

        Errors = errors;
        TotalErrors = totalErrors;
    }

    /// <summary>The file of the first problem.</summary>
    public string Path => Errors[0].Path;

    /// <summary>The 1-based line of the first problem, or 0 when it concerns the whole file.</summary>
    public int Line => Errors[0].Line;

    /// <summary>The problems found, in file order.</summary>
    public IReadOnlyList<DataFileError> Errors { get; }

    /// <summary>How many problems were found in all; only the first ones are kept in <see cref="Errors"/>.</summary>
    public int TotalErrors { get; }

    private static string Format(IReadOnlyList<DataFileError> errors, int total)
    {
        if (errors is null || errors.Count == 0)
        {
            return "Invalid data file.";
        }

        if (total <= 1)
        {
            return errors[0].ToString();
        }

        var lines = errors.Select(e => "  " + e);
        var more = total > errors.Count ? $"{Environment.NewLine}  ... and {total - errors.Count} more" : string.Empty;
        return $"{total} problems in data:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
