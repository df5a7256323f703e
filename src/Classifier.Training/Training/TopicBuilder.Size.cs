using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Classifier.Stance;

namespace Classifier.Training.Training;

/// <summary>The issues' centroids, built before training so that a set too large for a model file stops it at once.</summary>
internal static partial class TopicBuilder
{
    /// <summary>
    /// <see cref="Build"/>, refused when its <c>topics.bin</c> would take more than <paramref name="limit"/> bytes (what
    /// loading a model accepts: <see cref="ModelArchive.EntryLimit"/>): with thousands of issue targets the file could not
    /// be written, and before this check that was found only once the trainer had run (minutes on large data).
    /// </summary>
    /// <exception cref="ArgumentException">The centroids take more than <paramref name="limit"/> bytes; the message says how many issues there are, how many fit and what to change.</exception>
    public static IssueTopics BuildWithin(IReadOnlyList<LabeledExample> examples, TextFeaturizer featurizer, AliasTable table, float margin, long limit)
    {
        var topics = Build(examples, featurizer, table);
        var bytes = ModelBinary.WriteTopics(topics).LongLength;
        if (bytes <= limit)
        {
            return topics;
        }

        // The issues that fit, at this data's mean size an issue (a name and up to eight centroids).
        var fit = (long)(limit / ((double)bytes / Math.Max(1, topics.Targets.Count)));
        var found = FormattableString.Invariant(
            $"untouchedIssueMargin {margin} stores the centroids of every trained issue, and the training data has {topics.Targets.Count:N0} issue targets (targets that are not names), ");
        var size = FormattableString.Invariant(
            $"whose centroids would take {bytes:N0} bytes, over the {limit:N0} a model's {ModelArchive.TopicsEntry} may hold to load (about {fit:N0} issues of this data): ");
        throw new ArgumentException(found + size +
            "nothing is trained. Set untouchedIssueMargin to 0 in the --config file to train without the check, or train on fewer issue targets.");
    }
}
