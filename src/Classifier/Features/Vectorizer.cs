namespace Classifier.Features;

/// <summary>
/// Maps the keys a <see cref="FeatureSink"/> holds to vocabulary indices, counts them, applies
/// sublinear term frequency and the vocabulary's scales, and L2-normalises each block.
/// </summary>
internal static class Vectorizer
{
    private static readonly FeatureBlock[] Blocks = Enum.GetValues<FeatureBlock>();

    public static void Vectorize(FeaturizerSettings settings, FeatureVocabulary vocabulary, FeatureSink sink,
        SparseVector output, IndexCounter counter) =>
        Vectorize(settings, vocabulary, sink.Keys, sink.Ranges, sink.Dense.AsSpan(0, sink.DenseCount), output, counter);

    /// <summary>Vectorises stored keys (see <see cref="FeatureSink.Snapshot"/>) without extracting them again.</summary>
    public static void Vectorize(FeaturizerSettings settings, FeatureVocabulary vocabulary, FeatureKeys keys,
        SparseVector output, IndexCounter counter) =>
        Vectorize(settings, vocabulary, keys.Keys, keys.Ranges, keys.Dense, output, counter);

    /// <summary>The shared path; <paramref name="ranges"/> holds each block's start and end in <paramref name="keys"/> (a span, not a delegate: nothing is allocated per call).</summary>
    private static void Vectorize(FeaturizerSettings settings, FeatureVocabulary vocabulary, ReadOnlySpan<ulong> keys, ReadOnlySpan<(int Start, int End)> ranges,
        ReadOnlySpan<float> dense, SparseVector output, IndexCounter counter)
    {
        output.Clear();
        counter.Reset(keys.Length);
        foreach (var block in Blocks)
        {
            var (start, end) = ranges[(int)block];
            if (FeatureBlocks.IsDense(block))
            {
                AddDense(vocabulary, end > start ? keys[start..end] : [], dense, settings.Weight(block), output);
                continue;
            }

            var blockStart = output.Count;
            var blockKeys = end > start ? keys[start..end] : [];

            // All of the block's lookups first, then the counting: the lookups (a cache miss each in a large vocabulary)
            // then overlap, instead of each waiting behind the counting's branches.
            counter.Lookups(blockKeys.Length, out var indices, out var scales);
            vocabulary.IndicesOf(blockKeys, indices, scales);
            for (var j = 0; j < blockKeys.Length; j++)
            {
                var index = indices[j];
                if (index < 0)
                {
                    continue;
                }

                var scale = scales[j];
                var position = counter.PositionOf(index, output.Count);
                if (position == output.Count)
                {
                    output.Add(index, 1f);
                    counter.SetScale(position, scale);
                }
                else
                {
                    output.Values[position] += 1f;
                }
            }

            Weigh(settings, settings.Weight(block), counter.Scales(blockStart, output.Count), output.Values[blockStart..]);
        }
    }

    /// <summary>
    /// A dense block: its i-th key carries the i-th value of the text's word vector, already L2-normalised, times the
    /// block weight (no term frequency, no inverse document frequency: every text has every dimension). Its keys are
    /// its own (no other block emits them, and each once), so they bypass the duplicate counter; their indices are
    /// looked up once per vocabulary and block (<see cref="FeatureVocabulary.DenseIndices"/>).
    /// </summary>
    private static void AddDense(FeatureVocabulary vocabulary, ReadOnlySpan<ulong> keys, ReadOnlySpan<float> dense, float weight,
        SparseVector output)
    {
        var count = Math.Min(keys.Length, dense.Length);
        var indices = vocabulary.DenseIndices(keys[..count]);
        if (indices is not null)
        {
            for (var i = 0; i < count; i++)
            {
                if (indices[i] >= 0)
                {
                    output.Add(indices[i], dense[i] * weight);
                }
            }

            return;
        }

        for (var i = 0; i < count; i++)
        {
            var index = vocabulary.IndexOf(keys[i]);
            if (index >= 0)
            {
                output.Add(index, dense[i] * weight);
            }
        }
    }

    /// <summary>Sublinear TF and each feature's scale (<paramref name="scales"/>, by output position), then L2 normalisation.</summary>
    private static void Weigh(FeaturizerSettings settings, float blockWeight, ReadOnlySpan<float> scales, Span<float> values)
    {
        var norm = 0.0;
        for (var j = 0; j < values.Length; j++)
        {
            var tf = values[j];
            // A count of 1 (most features) needs no logarithm: 1 + ln 1 is exactly 1.
            var v = (settings.SublinearTf && tf != 1f ? 1f + MathF.Log(tf) : tf) * scales[j];
            values[j] = v;
            norm += (double)v * v;
        }

        if (norm > 0)
        {
            var inverse = (float)(blockWeight / Math.Sqrt(norm));
            for (var j = 0; j < values.Length; j++)
            {
                values[j] *= inverse;
            }
        }
    }
}

/// <summary>
/// Finds where an index already sits in the output vector: a small open-addressing table that
/// is cleared per document in time proportional to the document, not to the vocabulary.
/// </summary>
internal sealed class IndexCounter
{
    private int[] _table = new int[2048];
    private int[] _owner = new int[2048];
    private float[] _scales = new float[1024];
    private int[] _lookupIndices = new int[1024];
    private float[] _lookupScales = new float[1024];
    private int _mask;

    /// <summary>Records the vocabulary scale of the feature at output position <paramref name="position"/>.</summary>
    public void SetScale(int position, float scale)
    {
        if (position >= _scales.Length)
        {
            Array.Resize(ref _scales, Math.Max(position + 1, _scales.Length * 2));
        }

        _scales[position] = scale;
    }

    /// <summary>The scales recorded for output positions <c>[from, to)</c>.</summary>
    public ReadOnlySpan<float> Scales(int from, int to) => _scales.AsSpan(from, to - from);

    /// <summary>Room for <paramref name="count"/> vocabulary lookups (<see cref="FeatureVocabulary.IndicesOf"/>): indices and scales.</summary>
    public void Lookups(int count, out Span<int> indices, out Span<float> scales)
    {
        if (_lookupIndices.Length < count)
        {
            _lookupIndices = new int[Math.Max(count, _lookupIndices.Length * 2)];
            _lookupScales = new float[_lookupIndices.Length];
        }

        indices = _lookupIndices.AsSpan(0, count);
        scales = _lookupScales.AsSpan(0, count);
    }

    public void Reset(int maxEntries)
    {
        var size = 16;
        while (size < maxEntries * 2)
        {
            size <<= 1;
        }

        if (_table.Length < size)
        {
            _table = new int[size];
            _owner = new int[size];
        }
        else
        {
            Array.Clear(_table, 0, size);
        }

        _mask = size - 1;
    }

    /// <summary>Returns the output position of <paramref name="index"/>, or records and returns <paramref name="next"/> if new.</summary>
    public int PositionOf(int index, int next)
    {
        var i = (int)((uint)index * 0x9E3779B1u >> 7) & _mask;
        while (_table[i] != 0)
        {
            if (_owner[i] == index)
            {
                return _table[i] - 1;
            }

            i = (i + 1) & _mask;
        }

        _table[i] = next + 1;
        _owner[i] = index;
        return next;
    }
}
