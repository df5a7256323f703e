namespace Classifier.Data;

/// <summary>Rows toward a target of only function words, listed among a file's other problems.</summary>
internal sealed partial class ReaderState
{
    private readonly Dictionary<string, bool> _verdicts = new(StringComparer.Ordinal);
    private int _targetErrors;

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
    /// <c>validate-data</c> as a failed check), as it does for rows a reader without a judge returns.
    /// </summary>
    private void TargetError(LabeledExample example)
    {
        _targetErrors++;
        Error(example.Path, example.Line, Stance.FunctionWords.RowProblem(example.Target!));
    }
}
