using System.Collections.Concurrent;
using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Classifier.Stance;

namespace Classifier.Training.Training;

/// <summary>Chooses how a task's rows become features, and scores a labeled row with a scorer.</summary>
internal static class FeatureSources
{
    public static IFeatureSource For(ClassifierTask task, FeaturizerSettings settings, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases) =>
        task == ClassifierTask.Stance ? new StanceFeatureSource(settings, new AliasTable(aliases)) : new TextFeatureSource(settings);

    public static void Probabilities(ModelScorer scorer, LabeledExample row, Span<double> probabilities) =>
        scorer.Probabilities(row.Text, row.Target is null ? null : scorer.Target(row.Target), probabilities);
}

/// <summary>Stance rows: text features plus the target's crossed and mention features, exactly as the library scores them.</summary>
internal sealed class StanceFeatureSource(FeaturizerSettings settings, AliasTable aliases) : IFeatureSource
{
    private readonly ConcurrentDictionary<string, TargetContext> _targets = new(StringComparer.Ordinal);

    public FeaturizerSettings Settings => settings;

    public void Extract(LabeledExample row, FeatureSink sink) =>
        StanceFeatures.Extract(settings, row.Text, _targets.GetOrAdd(row.Target!, t => TargetContext.Create(t, aliases)), aliases, sink);
}
