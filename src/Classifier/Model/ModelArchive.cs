using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Classifier.Features;

namespace Classifier.Model;

/// <summary>
/// The model file: a zip archive holding <c>manifest.json</c> (a <see cref="ModelInfo"/>),
/// <c>vocabulary.bin</c>, <c>weights.bin</c>, and <c>checksums.sha256</c> covering the others (the optional
/// <c>lexicon.tsv</c>, <c>trees.bin</c> and <c>topics.bin</c> too).
/// The format is data only: loading never instantiates a type named inside the file.
/// </summary>
internal static class ModelArchive
{
    public const string ManifestEntry = "manifest.json";
    public const string VocabularyEntry = "vocabulary.bin";
    public const string WeightsEntry = "weights.bin";
    public const string ChecksumsEntry = "checksums.sha256";
    public const string LexiconEntry = "lexicon.tsv";
    public const string TreesEntry = "trees.bin";
    public const string TopicsEntry = "topics.bin";

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
                var what = name == TreesEntry ? "fewer or smaller trees (Trees, Leaves)" : name == TopicsEntry ? "fewer issues"
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

    /// <summary>Reads and checks a whole model file. Every failure is a <see cref="ModelFileException"/>.</summary>
    public static LoadedModel Read(byte[] bytes, string path, ClassifierTask? expectedTask, ModelLoadOptions? options)
    {
        string? fileSha = null;
        if (options?.ExpectedSha256 is { } expected)
        {
            fileSha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (!string.Equals(expected.Trim(), fileSha, StringComparison.OrdinalIgnoreCase))
            {
                throw new ModelFileException(path, $"SHA-256 is {fileSha}, but {expected.Trim()} was expected; " +
                    "this is not the model file you pinned");
            }
        }

        if (bytes.Length == 0)
        {
            throw new ModelFileException(path, "is empty (0 bytes), not a model file");
        }

        try
        {
            var entries = ReadEntries(bytes, path);
            VerifyChecksums(entries, path);
            // Hashing the whole file costs milliseconds at start-up: done on first use of Info.FileSha256 unless pinned.
            var info = fileSha is not null
                ? ReadManifest(entries[ManifestEntry], path, expectedTask) with { FileSha256 = fileSha }
                : ReadManifest(entries[ManifestEntry], path, expectedTask).WithFileSha256(() => Convert.ToHexStringLower(SHA256.HashData(bytes)));
            // The vocabulary's hash table and the lexicon are built on the thread pool while this thread reads the weights: the
            // three are independent, and each costs tens of milliseconds at start-up (their JIT compilation included). Each is
            // a Lazy that this thread runs itself if no pool thread has started it (a busy pool does not delay the load), and
            // whose exception is rethrown here as it was thrown, so the damaged-file handling below applies.
            var vocabulary = InBackground(() => ModelBinary.ReadVocabulary(entries[VocabularyEntry]));
            var lexicon = InBackground(() => entries.TryGetValue(LexiconEntry, out var lexiconBytes) ? LexiconFormat.Read(lexiconBytes) : null);
            var model = ModelBinary.ReadWeights(entries[WeightsEntry]);
            if (entries.TryGetValue(TreesEntry, out var treeBytes))
            {
                model = ModelBinary.ReadTrees(treeBytes, model);
            }

            var topics = entries.TryGetValue(TopicsEntry, out var topicBytes) ? ModelBinary.ReadTopics(topicBytes) : null;
            if ((topics is not null) != (info.Featurizer.UntouchedIssueMargin > 0))
            {
                throw new InvalidDataException(topics is null
                    ? $"the manifest sets untouchedIssueMargin but the file has no {TopicsEntry}"
                    : $"the file has {TopicsEntry} but the manifest does not set untouchedIssueMargin");
            }

            if (topics is not null && topics.Dimensions != WordVectors.TableDimensions)
            {
                throw new InvalidDataException($"{TopicsEntry} holds vectors of {topics.Dimensions} dimensions, but this library's word vectors have {WordVectors.TableDimensions}");
            }

            if ((lexicon.Value?.Entries.Count ?? 0) != info.LexiconTerms)
            {
                throw new InvalidDataException($"the manifest lists {info.LexiconTerms} lexicon terms but the file holds {lexicon.Value?.Entries.Count ?? 0}");
            }

            if (model.Features != vocabulary.Value.Count || model.Classes != info.Labels.Count || info.Features != vocabulary.Value.Count)
            {
                throw new InvalidDataException($"the manifest, vocabulary and weights disagree on sizes " +
                    $"({info.Features}/{vocabulary.Value.Count}/{model.Features} features, {info.Labels.Count}/{model.Classes} classes)");
            }

            return new LoadedModel(info, vocabulary.Value, model, lexicon.Value, topics);
        }
        catch (ModelFileException)
        {
            throw;
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException or ArgumentException
            or JsonException or NotSupportedException or OverflowException or FormatException)
        {
            // The reason is one clause of the message: without the full stop .NET's own messages end with.
            throw new ModelFileException(path, $"is damaged: {ex.Message.TrimEnd().TrimEnd('.')}; restore the file or retrain the model", ex);
        }
    }

    /// <summary>
    /// <paramref name="read"/> as a <see cref="Lazy{T}"/> that a pool thread starts at once; whoever asks for its value first runs
    /// it (the pool thread, or the caller if the pool has not got to it) and the other waits. The pool thread ignores an
    /// exception: the caller gets it from <see cref="Lazy{T}.Value"/>, rethrown as thrown.
    /// </summary>
    private static Lazy<T> InBackground<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(Func<T> read)
    {
        var lazy = new Lazy<T>(read, LazyThreadSafetyMode.ExecutionAndPublication);
        ThreadPool.UnsafeQueueUserWorkItem(static state =>
        {
            try
            {
                _ = ((Lazy<T>)state!).Value;
            }
            catch (Exception)
            {
                // Rethrown to the caller by Lazy.Value.
            }
        }, lazy);
        return lazy;
    }

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
            throw new ModelFileException(path, "is not a model file: it is not a zip archive (or it is truncated)", ex);
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

    /// <summary>A value the manifest's records or settings refuse, said without .NET's "(Parameter ...)" and "Actual value was" lines.</summary>
    private static InvalidDataException NoModelHas(ArgumentException ex) =>
        new($"manifest.json holds a value no model has: {ArgumentMessages.Sentence(ex).TrimEnd('.')}", ex);

    private static ModelInfo ReadManifest(byte[] json, string path, ClassifierTask? expectedTask)
    {
        // JsonDocument checks UTF-8 lazily, inside strings only when they are read: check it all first.
        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            throw new InvalidDataException("manifest.json is not valid UTF-8");
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("formatVersion", out var v) || v.ValueKind != JsonValueKind.Number)
        {
            throw new ModelFileException(path, "manifest.json has no formatVersion; this is not a Classifier model");
        }

        if (!v.TryGetInt32(out var version))
        {
            var raw = v.GetRawText();
            throw new ModelFileException(path, raw.AsSpan().IndexOfAny('.', 'e', 'E') >= 0
                ? $"manifest.json's formatVersion is {raw}, not a whole number such as 1; the file was damaged or edited by hand"
                : $"has model format version {raw}, but this library (version {LibraryInfo.Version}) reads versions 1 to {ModelInfo.CurrentFormatVersion}; " +
                  "load it with the library version that wrote it, or retrain it with this one");
        }

        if (version < 1 || version > ModelInfo.CurrentFormatVersion)
        {
            throw new ModelFileException(path, $"has model format version {version}, but this library " +
                $"(version {LibraryInfo.Version}) reads versions 1 to {ModelInfo.CurrentFormatVersion}; " +
                "load it with the library version that wrote it, or retrain it with this one");
        }

        ModelInfo info;
        try
        {
            info = ManifestReader.Read(document.RootElement);
        }
        catch (InvalidOperationException ex)
        {
            // JsonElement's accessors throw this when a value has the wrong kind (a number where a string belongs).
            throw new InvalidDataException($"manifest.json has a value of the wrong kind ({ex.Message})", ex);
        }
        catch (ArgumentException ex)
        {
            // A value the manifest's records refuse (a negative count, a null name, a setting out of range).
            throw NoModelHas(ex);
        }
        catch (UnknownSettingException ex)
        {
            var wrote = document.RootElement.TryGetProperty("libraryVersion", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString() : null;
            var writer = wrote is null ? "written by another version of Classifier: load it with that version or a later one"
                : wrote == LibraryInfo.Version ? $"written by another build of Classifier {wrote} that has the setting: load it with that build"
                : $"written by Classifier {wrote}: load it with that version or a later one";
            throw new ModelFileException(path, $"uses the featurizer setting '{ex.Setting}' ({ex.Value}), which this library " +
                $"(version {LibraryInfo.Version}) does not know, so it cannot score text as the model was trained to; it was " +
                $"{writer}, or retrain it with this one", ex);
        }

        if (expectedTask is { } expected && info.Task != expected)
        {
            throw new ModelFileException(path, $"is a {TaskLabels.Name(info.Task)} model, but a {TaskLabels.Name(expected)} " +
                $"model was expected; load it with {(info.Task == ClassifierTask.Stance ? "StanceClassifier" : "SentimentClassifier")}.Load");
        }

        var allowed = TaskLabels.For(info.Task);
        if (info.Labels.Count < 2 || info.Labels.Distinct().Count() != info.Labels.Count || info.Labels.Any(l => !allowed.Contains(l)))
        {
            throw new ModelFileException(path, $"manifest.json lists labels [{string.Join(", ", info.Labels)}]; " +
                $"a {TaskLabels.Name(info.Task)} model needs two or more distinct labels from: {string.Join(", ", allowed)}");
        }

        // Only what no caller could use: the naming rules of the training files are not re-applied (NameTableRules.Unusable).
        if (Stance.NameTableRules.Unusable(info.Aliases, info.Representatives) is { } names)
        {
            var (table, file) = names.Table == Stance.NameTableKind.Aliases ? ("aliases", "alias file") : ("representatives", "representatives file");
            throw new ModelFileException(path, $"manifest.json's {table} table holds an entry no caller could use, which no training " +
                $"file allows now: {names.Message.TrimEnd('.')}; the manifest was edited, or the model trained before such entries were " +
                $"refused: retrain it from a corrected {file}");
        }

        try
        {
            info.Featurizer.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            // A rule between settings (CharNgramMin above CharNgramMax, say), said as a setting's own range is.
            throw NoModelHas(ex);
        }

        return info;
    }
}

/// <summary>The parts of a loaded model file; <paramref name="Topics"/> only for a stance model with <see cref="FeaturizerSettings.UntouchedIssueMargin"/>.</summary>
internal sealed record LoadedModel(ModelInfo Info, FeatureVocabulary Vocabulary, ModelWeights Model, Lexicon? Lexicon, Stance.IssueTopics? Topics = null);
