namespace Classifier.Features;

/// <summary>
/// The features a model knows: their 64-bit keys and per-feature scales (inverse document
/// frequency, possibly multiplied by other weights). Lookup is an open-addressing hash table,
/// read-only after construction and so safe to share across threads (the cache of
/// <see cref="DenseIndices"/> is a concurrent dictionary).
/// </summary>
internal sealed class FeatureVocabulary
{
    private readonly Slot[] _table;
    private readonly int _mask;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public FeatureVocabulary(ulong[] keys, float[] scales)
    {
        if (keys.Length != scales.Length)
        {
            throw new ArgumentException("Keys and scales differ in length.");
        }

        Keys = keys;
        Scales = scales;
        var size = 16;
        while (size < keys.Length * 2)
        {
            size <<= 1;
        }

        _table = new Slot[size];
        _mask = size - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == 0 || !Insert(keys[i], i))
            {
                throw new ArgumentException($"Feature key {keys[i]:x16} at index {i} is zero or duplicated.");
            }
        }
    }

    public ulong[] Keys { get; }

    public float[] Scales { get; }

    public int Count => Keys.Length;

    public int IndexOf(ulong key) => IndexOf(key, out _);

    /// <summary>
    /// <see cref="IndexOf(ulong, out float)"/> for each of <paramref name="keys"/>, into <paramref name="indices"/> and
    /// <paramref name="scales"/>. Each key's slot is prefetched a few keys ahead of its lookup, so the cache misses of a large
    /// vocabulary overlap (the prefetch is a hint: it changes no result, and is skipped on processors without it).
    /// </summary>
    public unsafe void IndicesOf(ReadOnlySpan<ulong> keys, Span<int> indices, Span<float> scales)
    {
        const int Ahead = 8;
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            fixed (Slot* table = _table)
            {
                for (var j = 0; j < Math.Min(Ahead, keys.Length); j++)
                {
                    System.Runtime.Intrinsics.X86.Sse.Prefetch0(table + ((int)keys[j] & _mask));
                }

                for (var j = 0; j < keys.Length; j++)
                {
                    if (j + Ahead < keys.Length)
                    {
                        System.Runtime.Intrinsics.X86.Sse.Prefetch0(table + ((int)keys[j + Ahead] & _mask));
                    }

                    indices[j] = IndexOf(keys[j], out scales[j]);
                }
            }

            return;
        }

        for (var j = 0; j < keys.Length; j++)
        {
            indices[j] = IndexOf(keys[j], out scales[j]);
        }
    }

    /// <summary>
    /// The index of <paramref name="key"/> (or -1) and its scale. The scale sits in the slot beside the key (in what would
    /// otherwise be padding), so a lookup costs one cache miss instead of two: scoring is bound by these misses.
    /// </summary>
    public int IndexOf(ulong key, out float scale)
    {
        var i = (int)key & _mask;
        while (true)
        {
            ref readonly var slot = ref _table[i];
            if (slot.Key == key)
            {
                scale = slot.Scale;
                return slot.Index;
            }

            if (slot.Key == 0)
            {
                scale = 0;
                return -1;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>
    /// The indices of a word-vector block's keys, looked up once and then reused. A dense block's keys follow from its first
    /// (the same dimensions, crossed with the same target or none), so the first key names the block. Only blocks whose
    /// first key the vocabulary knows are cached (at most one per training target, plus the uncrossed one); for others,
    /// such as a target never seen in training, this returns null and the caller looks the keys up one by one.
    /// Safe across threads.
    /// </summary>
    public int[]? DenseIndices(ReadOnlySpan<ulong> keys)
    {
        if (keys.IsEmpty)
        {
            return [];
        }

        if (_denseIndices.TryGetValue(keys[0], out var cached) && cached.Length == keys.Length)
        {
            return cached;
        }

        if (IndexOf(keys[0]) < 0)
        {
            return null;
        }

        cached = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            cached[i] = IndexOf(keys[i]);
        }

        _denseIndices[keys[0]] = cached;
        return cached;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ulong, int[]> _denseIndices = new();

    private bool Insert(ulong key, int index)
    {
        var i = (int)key & _mask;
        while (_table[i].Key != 0)
        {
            if (_table[i].Key == key)
            {
                return false;
            }

            i = (i + 1) & _mask;
        }

        _table[i] = new Slot(key, index, Scales[index]);
        return true;
    }

    private readonly record struct Slot(ulong Key, int Index, float Scale);
}
