using System.Collections.Frozen;
using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Model;

/// <summary>The issue gates: whether a text does not touch a trained issue, or an unseen one, so that none is raised.</summary>
internal sealed partial class ModelScorer
{
    /// <summary>
    /// Whether <see cref="FeaturizerSettings.UntouchedIssueMargin"/> reads the text just featurised in <paramref name="sink"/> as not
    /// touching <paramref name="target"/>: a trained issue it names neither in full nor in part, and whose centroids are
    /// further from its word vector (kept in <paramref name="s"/>) than another trained issue's by more than the margin.
    /// </summary>
    private bool Untouched(Scratch s, FeatureSink sink, TargetContext target)
    {
        if (Topics is null || _none < 0 || !sink.TargetUntouched || TrainedName(target) is not { } trained || !Topics.Contains(trained))
        {
            return false;
        }

        if (!s.TextVectorReady)
        {
            s.HasTextVector = WordVectors.Default.TextVector(sink, s.TextVector, zipfWeighting: true) > 0;
            s.TextVectorReady = true;
        }

        return s.HasTextVector && Topics.Margin(s.TextVector, trained) < -Info.Featurizer.UntouchedIssueMargin;
    }

    private string? TrainedName(TargetContext target) => TrainedName(target.Canonical, target.CrossHash);

    /// <summary>
    /// The training target whose crossed features the target <paramref name="canonical"/> (crossed by <paramref name="crossHash"/>)
    /// shares, its own name first: "Pension reform" is the trained "pension reform". Null if none.
    /// </summary>
    private string? TrainedName(string canonical, ulong crossHash) =>
        Info.TrainingData.Targets.ContainsKey(canonical) ? canonical : _trained.GetValueOrDefault(crossHash);

    private static FrozenDictionary<ulong, string> TrainedByCrossHash(IReadOnlyDictionary<string, int> targets)
    {
        var byHash = new Dictionary<ulong, string>();
        foreach (var name in targets.Keys.Order(StringComparer.Ordinal))
        {
            byHash.TryAdd(FeatureHash.Token(name.ToLowerInvariant()), name);
        }

        return byHash.ToFrozenDictionary();
    }

    /// <summary>
    /// Whether <see cref="FeaturizerSettings.UnseenIssueFloor"/> reads the text just featurised in <paramref name="sink"/> as not
    /// touching <paramref name="target"/>: an issue the model never trained on that the text names neither in full nor in
    /// part, and no word of the text comes within the floor's cosine of the issue's words. Only the words the model reads
    /// count: not those of a dateline it skips, nor those past <see cref="FeaturizerSettings.MaxTextLength"/>. A model that
    /// does not record its training targets (<see cref="RecordsTrainingTargets"/>) cannot tell an unseen issue, and reads none.
    /// </summary>
    private bool UnseenUntouched(Scratch s, FeatureSink sink, string text, TargetContext target)
    {
        if (Info.Featurizer.UnseenIssueFloor == 0 || _none < 0 || !sink.TargetUntouched || target.IsName || !RecordsTrainingTargets
            || TrainedName(target) is not null)
        {
            return false;
        }

        if (!s.WordVectorsReady)
        {
            var read = text.AsSpan(sink.Skipped, Math.Min(text.Length, Info.Featurizer.MaxTextLength) - sink.Skipped);
            s.WordVectorCount = UnseenIssueCheck.TextVectors(read, ref s.TextWords);
            s.WordVectorsReady = true;
        }

        var vectors = s.TextWords.AsSpan(0, s.WordVectorCount * WordVectors.Default.Dimensions);
        return UnseenIssueCheck.Nearest(vectors, target.WordVectors) < Info.Featurizer.UnseenIssueFloor;
    }

    /// <summary>Raises none in <paramref name="probabilities"/> when one of the issue gates reads the text as not touching <paramref name="target"/>, and says which did.</summary>
    private IssueGate RaiseNoneIfUntouched(Scratch s, FeatureSink sink, string text, TargetContext target, Span<double> probabilities)
    {
        var gate = Untouched(s, sink, target) ? IssueGate.TrainedUntouched
            : UnseenUntouched(s, sink, text, target) ? IssueGate.UnseenUntouched
            : IssueGate.None;
        if (gate != IssueGate.None)
        {
            IssueTopics.RaiseNone(probabilities, _none);
        }

        return gate;
    }
}
