using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Classifier.Model;

/// <summary>A model file's entries: read within their limits and checked against <c>checksums.sha256</c>.</summary>
internal static partial class ModelArchive
{
    /// <summary>What a file that cannot be opened as a zip archive is.</summary>
    internal const string NotAZip = "is not a model file: it is not a zip archive (or it is truncated)";

    /// <summary>
    /// The model's entries by name (checksums included, not yet verified); a file that is not a model zip is a
    /// <see cref="ModelFileException"/>. Memory stays bounded whatever the zip directory claims: an entry declaring more than
    /// its limit (<see cref="EntryLimit"/>, or for <c>vocabulary.bin</c> and <c>weights.bin</c> what the manifest's feature
    /// and label counts allow) is refused before it is read, and an entry is read into a buffer that grows with the bytes
    /// that actually arrive, never past its declared length: one that holds more or fewer bytes than it declares is refused.
    /// </summary>
    internal static Dictionary<string, byte[]> ReadEntries(byte[] bytes, string path)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw new ModelFileException(path, NotAZip, ex);
        }

        using (zip)
        {
            var result = new Dictionary<string, byte[]>();
            (int Features, int Labels)? sizes = null;
            foreach (var name in EntryNames)
            {
                var entry = zip.GetEntry(name);
                if (entry is null && name is LexiconEntry or TreesEntry or TopicsEntry)
                {
                    continue;
                }

                if (entry is null)
                {
                    throw new ModelFileException(path, $"is a zip archive but not a Classifier model: it has no '{name}' entry");
                }

                var (limit, why) = Limit(name, sizes);
                result[name] = ReadEntry(entry, path, limit, why, bytes.Length);
                if (name == ManifestEntry)
                {
                    sizes = ManifestSizes(result[name]);
                }
            }

            return result;
        }
    }

    /// <summary>The most bytes <paramref name="name"/> may hold, and what says so, given the manifest's feature and label counts if it has them.</summary>
    private static (long Limit, string Why) Limit(string name, (int Features, int Labels)? sizes)
    {
        var general = (EntryLimit(name), "an entry of a model may hold");
        if (sizes is not { } s)
        {
            return general;
        }

        // vocabulary.bin: a 12-byte head, then an 8-byte key and a 4-byte scale a feature. weights.bin: a 16-byte head, then
        // per member (at most 64) a 12-byte head, and per label a bias, a weight a feature and two sigmoid numbers.
        var bound = name switch
        {
            VocabularyEntry => 12 + (12L * s.Features),
            WeightsEntry => 16 + (64 * (12 + (s.Labels * (12 + (4L * s.Features))))),
            _ => long.MaxValue,
        };
        return bound < general.Item1
            ? (bound, FormattableString.Invariant($"the manifest's {s.Features:N0} features and {s.Labels} labels allow"))
            : general;
    }

    /// <summary>The manifest's feature and label counts, for the bounds of the entries read after it; null if it does not give them (it is checked in full later).</summary>
    private static (int Features, int Labels)? ManifestSizes(byte[] manifest)
    {
        try
        {
            using var document = JsonDocument.Parse(manifest);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("features", out var f) && f.TryGetInt32(out var features) && features >= 0
                && root.TryGetProperty("labels", out var l) && l.ValueKind == JsonValueKind.Array && l.GetArrayLength() is var labels and >= 1 and <= 16
                ? (features, labels)
                : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The bytes of <paramref name="entry"/>, at most <paramref name="limit"/>. The first buffer is no larger than the entry's
    /// compressed bytes, which are in the file already (all of a stored entry, in one read); it grows only as more bytes
    /// arrive, so a deflated entry whose zip directory overstates its length costs no more memory than it really holds.
    /// </summary>
    private static byte[] ReadEntry(ZipArchiveEntry entry, string path, long limit, string why, long fileLength)
    {
        var (name, declared) = (entry.FullName, entry.Length);
        if (declared > limit)
        {
            throw new ModelFileException(path, FormattableString.Invariant(
                $"entry '{name}' declares {declared:N0} bytes ({entry.CompressedLength:N0} compressed), more than the {limit:N0} {why}; ") + Damaged);
        }

        using var stream = entry.Open();
        var buffer = new byte[Math.Min(declared, Math.Min(entry.CompressedLength, fileLength))];
        var read = 0;
        while (true)
        {
            if (read == buffer.Length)
            {
                if (read == declared)
                {
                    if (stream.ReadByte() >= 0)
                    {
                        throw new ModelFileException(path, FormattableString.Invariant(
                            $"entry '{name}' holds more than the {declared:N0} bytes its zip header declares; ") + Damaged);
                    }

                    return buffer;
                }

                Array.Resize(ref buffer, (int)Math.Min(declared, Math.Max(64L << 10, 2L * buffer.Length)));
            }

            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                throw new ModelFileException(path, FormattableString.Invariant(
                    $"entry '{name}' holds {read:N0} bytes, but its zip header declares {declared:N0}; ") + Damaged);
            }

            read += n;
        }
    }

    private const string Damaged = "the file is damaged or was not written by the training CLI: restore the original file or retrain the model";

    private static void VerifyChecksums(Dictionary<string, byte[]> entries, string path)
    {
        var expected = Encoding.UTF8.GetString(entries[ChecksumsEntry])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split("  ", 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[1], p => p[0]);
        if (expected.Keys.FirstOrDefault(name => !entries.ContainsKey(name)) is { } missing)
        {
            throw new ModelFileException(path, $"'{missing}' is listed in {ChecksumsEntry} but missing from the file: " +
                "the file is damaged or was modified after training; restore the original file or retrain the model");
        }

        foreach (var name in entries.Keys.Where(n => n != ChecksumsEntry))
        {
            var actual = Convert.ToHexStringLower(SHA256.HashData(entries[name]));
            if (!expected.TryGetValue(name, out var hash) || !string.Equals(hash, actual, StringComparison.OrdinalIgnoreCase))
            {
                throw new ModelFileException(path, $"'{name}' does not match its checksum: the file is damaged or was " +
                    "modified after training; restore the original file or retrain the model");
            }
        }
    }
}
