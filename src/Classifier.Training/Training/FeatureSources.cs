using System.Collections.Concurrent;
using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Classifier.Stance;

namespace Classifier.Training.Training;

/// <summary>Turns labeled rows into features with the library's <see cref="TextFeaturizer"/>, caching each target's context.</summary>
internal sealed class FeatureSource(TextFeaturizer featurizer)
{
    private readonly ConcurrentDictionary<string, TargetContext> _targets = new(StringComparer.Ordinal);

    public FeaturizerSettings Settings => featurizer.Settings;

    /// <summary>Extracts the row's features into <paramref name="sink"/>, reading its text as scoring does (<see cref="ReadingForm"/>: without its invisible characters, its accents composed).</summary>
    public void Extract(LabeledExample row, FeatureSink sink) =>
        featurizer.Extract(ReadingForm.Of(row.Text, Settings.MaxTextLength), row.Target is null ? null : _targets.GetOrAdd(row.Target, t => TargetContext.Create(t, featurizer.Aliases)), sink);
}

/// <summary>Scores a labeled row with a scorer, toward its target for stance.</summary>
internal static class FeatureSources
{
    public static void Probabilities(ModelScorer scorer, LabeledExample row, Span<double> probabilities) =>
        scorer.Probabilities(row.Text, row.Target is null ? null : scorer.Target(row.Target), probabilities);
}
