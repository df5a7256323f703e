namespace Classifier.Features;

/// <summary>A reusable sparse vector: parallel index and value arrays, indices unsorted unless <see cref="Sort"/> is called.</summary>
internal sealed class SparseVector
{
    private int[] _indices = new int[256];
    private float[] _values = new float[256];

    public int Count { get; private set; }

    public Span<int> Indices => _indices.AsSpan(0, Count);

    public Span<float> Values => _values.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(int index, float value)
    {
        if (Count == _indices.Length)
        {
            Array.Resize(ref _indices, Count * 2);
            Array.Resize(ref _values, Count * 2);
        }

        _indices[Count] = index;
        _values[Count++] = value;
    }

    public void Sort() => Indices.Sort(Values);
}
