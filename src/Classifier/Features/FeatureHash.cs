namespace Classifier.Features;

/// <summary>
/// Stable 64-bit hashes for tokens and n-grams. Never use <see cref="string.GetHashCode()"/> here:
/// model files store these values, so they must be identical on every run and platform.
/// </summary>
internal static class FeatureHash
{
    public const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The token hashes of <paramref name="words"/>, as a set for lookups of <see cref="Token"/> results.</summary>
    public static System.Collections.Frozen.FrozenSet<ulong> TokenSet(params string[] words) =>
        System.Collections.Frozen.FrozenSet.ToFrozenSet(words.Select(w => Token(w)));

    /// <summary>FNV-1a over UTF-16 code units.</summary>
    public static ulong Token(ReadOnlySpan<char> s)
    {
        var h = Offset;
        foreach (var c in s)
        {
            h = Step(h, c);
        }

        return h;
    }

    public static ulong Step(ulong h, char c) => (h ^ c) * Prime;

    /// <summary>Order-sensitive combination of two hashes (n-grams, crossings).</summary>
    public static ulong Combine(ulong a, ulong b) => Mix((a * 0x9E3779B97F4A7C15UL) + b + 0x632BE59BD9B4E019UL);

    /// <summary>The final feature key of a hash in a block; never zero (zero marks empty slots).</summary>
    public static ulong Key(ulong h, ulong blockSeed)
    {
        var k = Mix(h ^ blockSeed);
        return k == 0 ? 1 : k;
    }

    /// <summary>SplitMix64 finaliser: spreads every input bit over the output.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
