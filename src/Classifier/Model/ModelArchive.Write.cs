using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Classifier.Model;

/// <summary>Writing a model file: its entries, checked against the loading limits, then signed by their checksums.</summary>
internal static partial class ModelArchive
{
    /// <summary>Writes a model to <paramref name="path"/> atomically: a temporary file beside it, then a move.</summary>
    public static void Save(string path, LoadedModel model) =>
        AtomicFile.Write(path, temp =>
        {
            using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write);
            Write(stream, model);
            stream.Flush(flushToDisk: true);
        });

    public static void Write(Stream stream, LoadedModel model)
    {
        var entries = new List<(string Name, byte[] Bytes)>
        {
            (ManifestEntry, JsonSerializer.SerializeToUtf8Bytes(model.Info, ManifestJson.Default.ModelInfo)),
            (VocabularyEntry, ModelBinary.WriteVocabulary(model.Vocabulary)),
            (WeightsEntry, ModelBinary.WriteWeights(model.Model)),
        };
        if (model.Lexicon is { } lexicon)
        {
            entries.Add((LexiconEntry, LexiconFormat.Write(lexicon)));
        }

        if (ModelBinary.WriteTrees(model.Model) is { } trees)
        {
            entries.Add((TreesEntry, trees));
        }

        if (model.Topics is { } topics)
        {
            entries.Add((TopicsEntry, ModelBinary.WriteTopics(topics)));
        }

        CheckLoadable(entries);
        WriteSigned(stream, entries);
    }

    /// <summary>
    /// Refuses to write a model that <see cref="Read"/> would refuse for its size: an entry over its limit
    /// (<see cref="EntryLimit"/>), so that a long training run ends with an error that says what to change, not with a
    /// file that cannot be loaded.
    /// </summary>
    /// <exception cref="InvalidOperationException">An entry is over its limit.</exception>
    internal static void CheckLoadable(IEnumerable<(string Name, byte[] Bytes)> entries)
    {
        foreach (var (name, bytes) in entries)
        {
            if (bytes.Length > EntryLimit(name))
            {
                var what = name == TreesEntry ? "fewer or smaller trees (Trees, Leaves)" : name == TopicsEntry ? "fewer issue targets, or untouchedIssueMargin 0"
                    : "fewer features (MaxFeatures) or a smaller lexicon or alias table";
                throw new InvalidOperationException(FormattableString.Invariant(
                    $"The model's {name} would take {bytes.Length:N0} bytes, over the {EntryLimit(name):N0} that loading a model accepts for it, so it is not written; train with {what}."));
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="entries"/> as a model zip followed by their <c>checksums.sha256</c>. Also used by the tests
    /// and the fuzzing harness to build damaged models whose checksums still match. Without <paramref name="level"/>, the
    /// binary entries are stored uncompressed (hashes and floats shrink by only 10-30% and inflating them cost about 15 ms
    /// of a first prediction's ~250; the NuGet package compresses the embedded models anyway) and the text entries are deflated.
    /// </summary>
    internal static void WriteSigned(Stream stream, IReadOnlyCollection<(string Name, byte[] Bytes)> entries, CompressionLevel? level = null)
    {
        var checksums = string.Concat(entries.Select(e => $"{Convert.ToHexStringLower(SHA256.HashData(e.Bytes))}  {e.Name}\n"));
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, bytes) in entries.Append((ChecksumsEntry, Encoding.UTF8.GetBytes(checksums))))
        {
            var entry = zip.CreateEntry(name, level ?? (name.EndsWith(".bin", StringComparison.Ordinal) ? CompressionLevel.NoCompression : CompressionLevel.Optimal));
            entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var s = entry.Open();
            s.Write(bytes);
        }
    }
}
