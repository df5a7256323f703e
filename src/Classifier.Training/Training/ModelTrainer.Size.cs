using Classifier.Model;

namespace Classifier.Training.Training;

/// <summary>The model's largest entries, checked against what loading accepts before any trainer runs.</summary>
internal sealed partial class ModelTrainer
{
    /// <summary>
    /// True when the model is to be written (<c>train</c>): before any trainer runs, its vocabulary, weights and issue
    /// centroids are checked against what loading accepts. Cross-validation, tuning and audits, which write no model, are
    /// not held to it.
    /// </summary>
    internal bool WritesModel { get; init; }

    /// <summary>The most bytes <c>vocabulary.bin</c> and <c>weights.bin</c> may take (what loading accepts; lower in tests).</summary>
    internal long EntryBytesLimit { get; init; } = ModelArchive.MaxEntryBytes;

    /// <summary>
    /// Refuses, before training, a vocabulary whose model could not be written: <c>vocabulary.bin</c> takes 12 bytes a
    /// feature and <c>weights.bin</c> 4 bytes a feature, label and member (with <c>maxFeatures</c> 0, a large corpus with
    /// character n-grams kept from one document can pass 256 MiB, and writing refused the model only once it was trained).
    /// </summary>
    /// <exception cref="ArgumentException">An entry would be over <see cref="EntryBytesLimit"/>; the message gives the most features that fit.</exception>
    internal void CheckModelSize(int features, int labels, TrainerSettings settings)
    {
        if (!WritesModel)
        {
            return;
        }

        var members = settings.Trainer.Split('+').Length;
        var vocabulary = 12 + (12L * features);
        var weights = 16 + (members * (12 + (labels * (12 + (4L * features)))));
        if (vocabulary <= EntryBytesLimit && weights <= EntryBytesLimit)
        {
            return;
        }

        var (name, bytes) = weights >= vocabulary ? (ModelArchive.WeightsEntry, weights) : (ModelArchive.VocabularyEntry, vocabulary);
        var fit = Math.Max(0, Math.Min((EntryBytesLimit - 12) / 12, ((((EntryBytesLimit - 16) / members) - 12) / labels - 12) / 4));
        throw new ArgumentException(FormattableString.Invariant(
            $"The training data gives {features:N0} features, so the model's {name} would take {bytes:N0} bytes ({labels} labels, {members} trainer member{(members == 1 ? "" : "s")}), ") +
            FormattableString.Invariant($"over the {EntryBytesLimit:N0} a model's entry may hold to load: nothing is trained. Set maxFeatures in the --config file to at most {fit:N0} ") +
            "(or raise wordMinCount and charMinCount, which keep rarer n-grams out).");
    }
}
