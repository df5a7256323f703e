using Classifier.Features;

namespace Classifier.Model;

/// <summary>
/// The model file: a zip archive holding <c>manifest.json</c> (a <see cref="ModelInfo"/>),
/// <c>vocabulary.bin</c>, <c>weights.bin</c>, and <c>checksums.sha256</c> covering the others (the optional
/// <c>lexicon.tsv</c>, <c>trees.bin</c> and <c>topics.bin</c> too).
/// The format is data only: loading never instantiates a type named inside the file. This part names the entries and
/// bounds their sizes; writing is in <c>ModelArchive.Write.cs</c>, reading in <c>ModelArchive.Read.cs</c>, the entries'
/// bytes and checksums in <c>ModelArchive.Entries.cs</c> and the manifest in <c>ModelArchive.Manifest.cs</c>.
/// Stateless and thread-safe.
/// </summary>
internal static partial class ModelArchive
{
    public const string ManifestEntry = "manifest.json";
    public const string VocabularyEntry = "vocabulary.bin";
    public const string WeightsEntry = "weights.bin";
    public const string ChecksumsEntry = "checksums.sha256";
    public const string LexiconEntry = "lexicon.tsv";
    public const string TreesEntry = "trees.bin";
    public const string TopicsEntry = "topics.bin";

    /// <summary>
    /// The most bytes any entry may hold: 256 MiB. The largest entries are the vocabulary (12 bytes a feature) and the
    /// weights (4 bytes a feature and label a member): the shipped models' are at most 3.6 MB, and a vocabulary of the most
    /// features a model may keep (<see cref="FeaturizerSettings.MaxFeatures"/>, 10,000,000) is 120 MB. The library's word-vector
    /// table (2.1 MB) is built into the assembly, not read from the model file.
    /// </summary>
    internal const long MaxEntryBytes = 256L << 20;

    /// <summary>Every entry a model file may hold, in the order they are read (the manifest first: it bounds the binary entries).</summary>
    internal static readonly string[] EntryNames = [ManifestEntry, VocabularyEntry, WeightsEntry, ChecksumsEntry, LexiconEntry, TreesEntry, TopicsEntry];

    /// <summary>
    /// The most bytes <paramref name="name"/> may hold, before the manifest is known: small for the text entries, and for
    /// <c>trees.bin</c> and <c>topics.bin</c> what their formats take at sizes far beyond what training writes.
    /// </summary>
    internal static long EntryLimit(string name) => name switch
    {
        ChecksumsEntry => 64L << 10,   // seven lines of about 80 bytes
        ManifestEntry => 16L << 20,    // the shipped stance manifest, with its alias and representatives tables, is 57 KB
        LexiconEntry => 64L << 20,     // the shipped lexicon is 170 KB
        TreesEntry => 64L << 20,       // about 20 KB a tree of 1,000 leaves: 64 MiB holds 1,000 such trees for each of 3 labels; ova-fasttree's default (100 trees of 20 leaves a label) takes about 120 KB
        TopicsEntry => 16L << 20,      // under 3 KB an issue (8 centroids of 128 half-precision values, a 300-character name): over 5,000 issues; the shipped stance model's 53 take 110 KB
        _ => MaxEntryBytes,
    };
}
