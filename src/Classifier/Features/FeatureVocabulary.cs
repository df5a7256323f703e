namespace Classifier.Features;

/// <summary>
/// The features a model knows: their 64-bit keys and per-feature scales (inverse document
/// frequency, possibly multiplied by other weights). Lookup is an open-addressing hash table,
/// read-only after construction and so safe to share across threads.
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
    /// The indices of the word-vector block's keys (<see cref="FeatureBlock.Vector"/>: the same keys, in the same order, for
    /// every text), looked up once and then reused. Safe across threads: a race computes the same array twice.
    /// </summary>
    public ReadOnlySpan<int> VectorIndices(ReadOnlySpan<ulong> keys)
    {
        var cached = _vectorIndices;
        if (cached is null || cached.Length != keys.Length)
        {
            cached = new int[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                cached[i] = IndexOf(keys[i]);
            }

            _vectorIndices = cached;
        }

        return cached;
    }

    private int[]? _vectorIndices;

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
