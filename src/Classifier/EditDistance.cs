namespace Classifier;

/// <summary>The Levenshtein distance, for naming what a mistyped label, option or setting was likely meant to be.</summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class EditDistance
{
    /// <summary>How many single-character insertions, deletions or substitutions turn <paramref name="a"/> into <paramref name="b"/> (ordinal characters).</summary>
    public static int Between(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
