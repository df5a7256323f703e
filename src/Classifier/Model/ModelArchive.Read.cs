using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;
using Classifier.Features;

namespace Classifier.Model;

/// <summary>Reading a whole model file into a <see cref="LoadedModel"/>, every failure a <see cref="ModelFileException"/>.</summary>
internal static partial class ModelArchive
{
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
}
