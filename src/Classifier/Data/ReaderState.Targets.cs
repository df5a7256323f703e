namespace Classifier.Data;

/// <summary>Rows toward a target of only function words, listed among a file's other problems.</summary>
internal sealed partial class ReaderState
{
    private readonly Dictionary<string, bool> _verdicts = new(StringComparer.Ordinal);
    private readonly List<(int Order, DataFileError Error)> _targetRows = [];
    private int _targetRowCount;

    /// <summary>Adds a row to <see cref="Examples"/>, and judges its target (<see cref="TargetError"/>).</summary>
    private void Keep(LabeledExample example)
    {
        Examples.Add(example);
        if (functionWordTarget is not null && example.Target is { } target
            && (_verdicts.TryGetValue(target, out var v) ? v : _verdicts[target] = functionWordTarget(target)))
        {
            TargetError(example);
        }
    }

    /// <summary>
    /// Lists a row whose target the caller's judge says is only function words a model would find in every text ("their")
    /// among the reader's errors, at its line, so that a file's other problems do not hide it until they are mended. Alone,
    /// such rows do not fail the read: the caller refuses them in its own terms (the training CLI's commands as a bad file,
    /// <c>validate-data</c> as a failed check), as it does for rows a reader without a judge returns. Kept apart from the
    /// reader's own errors, so that many such rows never push one of those out of the listing.
    /// </summary>
    private void TargetError(LabeledExample example)
    {
        _targetRowCount++;
        _found++;
        if (_targetRows.Count < LabeledDataReader.MaxReportedErrors)
        {
            _targetRows.Add((_found, new DataFileError(example.Path, example.Line, Stance.FunctionWords.RowProblem(example.Target!))));
        }
    }
}
