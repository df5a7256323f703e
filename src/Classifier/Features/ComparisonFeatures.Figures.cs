using System.Collections.Frozen;

namespace Classifier.Features;

/// <summary>Finding the current and earlier figures of a comparison, and the quantity they measure.</summary>
internal static partial class ComparisonFeatures
{
    /// <summary>The nearest figure (not a year) before piece <paramref name="k"/> in its sentence, skipping brackets (a converted currency); -1 if none.</summary>
    private static int FigureBefore(ReadOnlySpan<Piece> pieces, int k) => NearestFigure(pieces, k - 1, -1, FigureWindow);

    /// <summary>The first figure (not a year) from piece <paramref name="start"/> on, outside brackets, within reach; -1 if none.</summary>
    private static int FigureAfter(ReadOnlySpan<Piece> pieces, int start) => NearestFigure(pieces, start, 1, BaselineWindow);

    /// <summary>
    /// The first figure that is not a year, walking from piece <paramref name="from"/> by <paramref name="step"/> over at most
    /// <paramref name="window"/> pieces, outside any brackets met on the way and before a sentence break; -1 if none.
    /// </summary>
    private static int NearestFigure(ReadOnlySpan<Piece> pieces, int from, int step, int window)
    {
        var enter = step > 0 ? Kind.Open : Kind.Close;
        var depth = 0;
        for (var j = from; j >= 0 && j < pieces.Length && Math.Abs(j - from) < window; j += step)
        {
            var kind = pieces[j].Kind;
            if (kind == Kind.Break)
            {
                return -1;
            }

            if (kind is Kind.Open or Kind.Close)
            {
                depth += kind == enter ? 1 : -1;
            }
            else if (kind == Kind.Figure && depth <= 0 && !pieces[j].Year)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The nearest wanted or unwanted quantity before figure <paramref name="figure"/> in its sentence (not one after "per"), and its sign.</summary>
    private static (int At, int Sign) QuantityBefore(ReadOnlySpan<Piece> pieces, int figure)
    {
        for (var j = figure - 1; j >= 0 && figure - j <= QuantityWindow; j--)
        {
            if (pieces[j].Kind == Kind.Break)
            {
                break;
            }

            if (pieces[j].Kind != Kind.Word || (j > 0 && pieces[j - 1].Kind == Kind.Word && pieces[j - 1].Word == Words.Per))
            {
                continue;
            }

            var q = ChangeFeatures.Quantity(pieces[j].Word);
            if (q != 0)
            {
                return (j, q);
            }
        }

        return (-1, 0);
    }

    /// <summary>True when a quantity stands between the current figure and the comparison word: "profit rose to 5 mn while sales fell from 7 mn" compares sales.</summary>
    private static bool AnyQuantity(ReadOnlySpan<Piece> pieces)
    {
        foreach (var piece in pieces)
        {
            if (piece.Kind == Kind.Word && ChangeFeatures.Quantity(piece.Word) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Any(ReadOnlySpan<Piece> pieces, FrozenSet<ulong> words)
    {
        foreach (var piece in pieces)
        {
            if (piece.Kind == Kind.Word && words.Contains(piece.Word))
            {
                return true;
            }
        }

        return false;
    }
}
