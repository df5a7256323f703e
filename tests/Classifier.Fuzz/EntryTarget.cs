using System.IO.Compression;
using Classifier.Model;

namespace Classifier.Fuzz;

/// <summary>
/// Fuzzes the parsers behind the checksums: a mutated model file almost always fails its zip CRC or SHA-256 check,
/// so this target replaces one entry of a small valid model with the input and re-signs the file before loading it.
/// First byte: bits 0-2 the entry (manifest, vocabulary, weights, lexicon, trees, topics), bits 3-4 the base model
/// (linear sentiment, FastTree sentiment, linear stance with <c>untouchedIssueMargin</c>, so with topics.bin); the rest
/// is the entry's new content.
/// The base models are read from the folder in CLASSIFIER_FUZZ_MODELS (scripts/fuzz.sh trains them there).
/// </summary>
internal static class EntryTarget
{
    private static readonly string[] Entries = ["manifest.json", "vocabulary.bin", "weights.bin", "lexicon.tsv", "trees.bin", "topics.bin"];
    private static readonly string[] Bases = ["tiny-sentiment.zip", "tiny-trees.zip", "tiny-stance.zip"];
    private static readonly Lazy<Dictionary<string, byte[]>[]> BaseEntries = new(() => Bases.Select(Read).ToArray());

    public static void Run(byte[] input)
    {
        if (input.Length == 0)
        {
            return;
        }

        var entry = Entries[(input[0] & 7) % Entries.Length];
        var baseIndex = ((input[0] >> 3) & 3) % Bases.Length;
        var entries = new Dictionary<string, byte[]>(BaseEntries.Value[baseIndex]) { [entry] = input[1..] };
        using var stream = new MemoryStream(Write(entries), writable: false);
        Targets.LoadAndScore(stream, stance: baseIndex == 2);
    }

    /// <summary>Writes one seed per entry and base model: the entry as it is in the valid base model.</summary>
    public static void WriteSeeds(string folder)
    {
        Directory.CreateDirectory(folder);
        for (var b = 0; b < Bases.Length; b++)
        {
            for (var e = 0; e < Entries.Length; e++)
            {
                if (BaseEntries.Value[b].TryGetValue(Entries[e], out var bytes))
                {
                    File.WriteAllBytes(Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(Bases[b])}-{Entries[e]}"), [(byte)((b << 3) | e), .. bytes]);
                }
            }
        }
    }

    private static Dictionary<string, byte[]> Read(string name)
    {
        var folder = Environment.GetEnvironmentVariable("CLASSIFIER_FUZZ_MODELS")
            ?? throw new InvalidOperationException("set CLASSIFIER_FUZZ_MODELS to the folder holding " + string.Join(", ", Bases));
        var path = Path.Combine(folder, name);
        var entries = ModelArchive.ReadEntries(File.ReadAllBytes(path), path);
        entries.Remove(ModelArchive.ChecksumsEntry);
        return entries;
    }

    private static byte[] Write(Dictionary<string, byte[]> entries)
    {
        using var memory = new MemoryStream();
        ModelArchive.WriteSigned(memory, entries.Select(e => (e.Key, e.Value)).ToArray(), CompressionLevel.NoCompression);
        return memory.ToArray();
    }
}
