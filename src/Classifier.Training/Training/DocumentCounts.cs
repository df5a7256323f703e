using System.Runtime.InteropServices;
using Classifier.Features;

namespace Classifier.Training.Training;

/// <summary>
/// The document frequency of every feature key, counted on several threads, one shard of keys each (the keys whose hash
/// falls in it), so no count is shared and the result does not depend on the number of shards. Rows may be added a
/// batch at a time, in order: each shard counts them as it would have counted all the rows at once.
/// </summary>
internal sealed class DocumentCounts
{
    private readonly FeaturizerSettings _settings;
    private readonly Shard[] _shards;

    /// <summary>Counts for <paramref name="rows"/> rows in all (the dictionaries are sized for them), on <paramref name="shards"/> threads (1-16).</summary>
    public DocumentCounts(FeaturizerSettings settings, int rows, int shards)
    {
        _settings = settings;
        _shards = new Shard[Math.Clamp(shards, 1, 16)];
        for (var s = 0; s < _shards.Length; s++)
        {
            _shards[s] = new Shard(rows * 64 / _shards.Length);
        }
    }

    /// <summary>Counts <paramref name="rows"/>, the rows numbered from <paramref name="first"/> (after those added before).</summary>
    public void Add(IReadOnlyList<FeatureKeys> rows, int first) =>
        Parallel.For(0, _shards.Length, new ParallelOptions { MaxDegreeOfParallelism = _shards.Length }, s => Count(rows, first, s));

    /// <summary>The keys seen often enough, with their document counts and blocks, shard by shard.</summary>
    public List<(ulong Key, int Count, int Block)> Kept()
    {
        var kept = new List<(ulong Key, int Count, int Block)>();
        foreach (var shard in _shards)
        {
            foreach (var (key, entry) in shard.Frequency)
            {
                if (entry.Count >= MinCount((FeatureBlock)entry.Block))
                {
                    kept.Add((key, entry.Count, entry.Block));
                }
            }

            foreach (var (keys, count, block) in shard.DenseBlocks.Values)
            {
                kept.AddRange(keys.Select(k => (k, count, block)));
            }
        }

        return kept;
    }

    /// <summary>Counts the keys of shard <paramref name="s"/> in <paramref name="rows"/>.</summary>
    private void Count(IReadOnlyList<FeatureKeys> rows, int first, int s)
    {
        var (shard, shards) = (_shards[s], (ulong)_shards.Length);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            for (var b = 0; b < FeatureBlocks.Count; b++)
            {
                var (start, end) = row.Ranges[b];
                if (FeatureBlocks.IsDense((FeatureBlock)b))
                {
                    if (end > start)
                    {
                        ref var block = ref CollectionsMarshal.GetValueRefOrAddDefault(shard.DenseBlocks, row.Keys[start], out var seen);
                        block = seen
                            ? block with { Count = block.Count + 1 }
                            : (row.Keys[start..end].Where(k => (int)(k % shards) == s).ToArray(), 1, b);
                    }

                    continue;
                }

                for (var i = start; i < end; i++)
                {
                    var key = row.Keys[i];
                    if ((int)(key % shards) != s)
                    {
                        continue;
                    }

                    ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(shard.Frequency, key, out var exists);
                    if (!exists || entry.LastRow != first + r)
                    {
                        entry = (entry.Count + 1, b, first + r);
                    }
                }
            }
        }
    }

    /// <summary>The minimum document count of a counted block (dense blocks are kept whole, see <see cref="Shard.DenseBlocks"/>).</summary>
    private int MinCount(FeatureBlock block) =>
        block is FeatureBlock.Char or FeatureBlock.TargetChar ? _settings.CharMinCount : _settings.WordMinCount;

    /// <summary>One shard's counts.</summary>
    private sealed class Shard(int capacity)
    {
        /// <summary>Per key: documents containing it, its block, and the last row counted (instead of a set per row).</summary>
        public Dictionary<ulong, (int Count, int Block, int LastRow)> Frequency { get; } = new(capacity);

        /// <summary>
        /// A dense block's keys follow from its first key (see FeatureVocabulary.DenseIndices) and each appears once per row:
        /// the block is counted by its first key, instead of each of its keys.
        /// </summary>
        public Dictionary<ulong, (ulong[] Keys, int Count, int Block)> DenseBlocks { get; } = [];
    }
}
