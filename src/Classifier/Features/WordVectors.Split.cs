namespace Classifier.Features;

/// <summary>Splitting a word that is not in the table whole into whole words or WordPiece pieces.</summary>
internal sealed partial class WordVectors
{
    /// <summary>
    /// The parts of a word that is not in the table whole: the fewest whole words of two or more characters
    /// ("stopthewar": stop, the, war) when there are no more of them than WordPiece pieces, else the WordPiece
    /// pieces ("feminists": feminist, ##s). Writes their rows to <paramref name="rows"/> and their end offsets to
    /// <paramref name="ends"/> (both at least <paramref name="word"/>'s length + 1 long) and returns how many; 0 if
    /// the word cannot be split.
    /// </summary>
    internal int Split(ReadOnlySpan<char> word, Span<int> rows, Span<int> ends)
    {
        var pieces = Pieces(word, rows, ends);
        var words = Words(word, pieces == 0 ? MaxPieceSearch : pieces, rows, ends);
        return words > 0 ? words : pieces;
    }

    /// <summary>The number of whole-word parts of <paramref name="word"/> (see <see cref="Split"/>) and their ends; 0 if it is whole or splits into WordPiece pieces.</summary>
    internal int WordParts(ReadOnlySpan<char> word, Span<int> ends)
    {
        if (word.Length > MaxPieceSearch || _rows.IndexOf(FeatureHash.Token(word)) >= 0)
        {
            return 0;
        }

        Span<int> rows = stackalloc int[MaxPieceSearch + 1];
        var pieces = Pieces(word, rows, ends);
        return Words(word, pieces == 0 ? MaxPieceSearch : pieces, rows, ends);
    }

    /// <summary>WordPiece: greedy longest match, "##" before every piece but the first; the count, or 0 if some rest matches nothing.</summary>
    private int Pieces(ReadOnlySpan<char> word, Span<int> rows, Span<int> ends)
    {
        Span<ulong> prefixes = stackalloc ulong[MaxPieceSearch];
        var count = 0;
        var start = 0;
        while (start < word.Length)
        {
            // The hashes of every prefix of the rest (no longer than the longest token), then the longest one in the table.
            var h = start == 0 ? FeatureHash.Offset : PieceOffset;
            var n = Math.Min(word.Length - start, _longestToken);
            for (var k = 0; k < n; k++)
            {
                h = FeatureHash.Step(h, word[start + k]);
                prefixes[k] = h;
            }

            var piece = -1;
            for (; n > 0; n--)
            {
                piece = _rows.IndexOf(prefixes[n - 1]);
                if (piece >= 0)
                {
                    break;
                }
            }

            if (piece < 0)
            {
                return 0;
            }

            rows[count] = piece;
            start += n;
            ends[count++] = start;
        }

        return count;
    }

    /// <summary>The fewest whole words of two or more characters that make up <paramref name="word"/>, if no more than <paramref name="most"/>; else 0.</summary>
    private int Words(ReadOnlySpan<char> word, int most, Span<int> rows, Span<int> ends)
    {
        var n = word.Length;
        Span<int> best = stackalloc int[MaxPieceSearch + 1];
        Span<int> from = stackalloc int[MaxPieceSearch + 1];
        Span<int> row = stackalloc int[MaxPieceSearch + 1];
        best.Fill(int.MaxValue);
        best[0] = 0;
        for (var start = 0; start < n; start++)
        {
            if (best[start] >= most)
            {
                continue;
            }

            var h = FeatureHash.Offset;
            var longest = Math.Min(n - start, _longestToken);
            for (var k = 0; k < longest; k++)
            {
                h = FeatureHash.Step(h, word[start + k]);
                var end = start + k + 1;
                if (k == 0 || best[start] + 1 >= best[end])
                {
                    continue;
                }

                var r = _rows.IndexOf(h);
                if (r >= 0)
                {
                    (best[end], from[end], row[end]) = (best[start] + 1, start, r);
                }
            }
        }

        var count = best[n];
        if (count > most)
        {
            return 0;
        }

        for (int end = n, i = count - 1; end > 0; end = from[end], i--)
        {
            rows[i] = row[end];
            ends[i] = end;
        }

        return count;
    }
}
