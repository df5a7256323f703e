namespace Classifier.Model;

/// <summary>
/// Which of the stance issue gates, if any, read a text as not touching its target and raised none's odds
/// (<see cref="ModelScorer.ProbabilitiesExplained"/>; explanations name it).
/// </summary>
internal enum IssueGate
{
    /// <summary>Neither gate raised none.</summary>
    None,

    /// <summary>The gate of <see cref="Features.FeaturizerSettings.UntouchedIssueMargin"/>: a trained issue the text is further from than another.</summary>
    TrainedUntouched,

    /// <summary>The gate of <see cref="Features.FeaturizerSettings.UnseenIssueFloor"/>: an issue the model never trained on that no word of the text comes near.</summary>
    UnseenUntouched,
}
