using System.Buffers;
using System.Collections.Frozen;

namespace Classifier.Features;

/// <summary>
/// Reads a figure set against an earlier one (<see cref="FeaturizerSettings.MarkComparisons"/>): "operating profit
/// was EUR 3.1 mn, compared with EUR 5.6 mn" is a fall in something wanted, a bad change, though no word says so;
/// "the loss narrowed to EUR 0.4 mn from a loss of EUR 1.9 mn" and "profit of EUR 5.8 mn, up from a loss of
/// EUR 1.7 mn" are good ones, though "loss" is their loudest word. It also reads a swing into a result ("swung to a
/// net profit", "slipped into the red"). Each finding adds the good-change or bad-change feature of
/// <see cref="ChangeFeatures"/>, so what the model learned of rises and falls carries over.
/// </summary>
internal static partial class ComparisonFeatures
{
    /// <summary>How many pieces (words, figures, brackets) before a comparison word the current figure may stand.</summary>
    private const int FigureWindow = 12;

    /// <summary>How many pieces before the current figure its quantity may stand.</summary>
    private const int QuantityWindow = 9;

    /// <summary>How many pieces after the comparison word the earlier figure may stand.</summary>
    private const int BaselineWindow = 6;

    private static readonly ulong From = FeatureHash.Token("from");
    private static readonly FrozenSet<ulong> Compared = FeatureHash.TokenSet("compared", "comparison");
    private static readonly FrozenSet<ulong> Versus = FeatureHash.TokenSet("versus", "vs", "against");

    /// <summary>Verbs of a swing into a result: "swung to a profit", "returned to growth", "fell into the red".</summary>
    private static readonly FrozenSet<ulong> Swings = FeatureHash.TokenSet(
        "swung", "swing", "swings", "turned", "returned", "moved", "slipped", "plunged", "sank", "fell", "dipped", "back");

    private enum Kind : byte { Word, Figure, Open, Close, Break }

    /// <summary>A word, a figure, a bracket or a sentence break of the text.</summary>
    private readonly record struct Piece(Kind Kind, int Start, int End, ulong Word, double Value, bool Percent, bool Year, double Scale);

    /// <summary>
    /// Adds the good-change or bad-change key (see <see cref="ChangeFeatures"/>) for each figure compared with an
    /// earlier one and each swing into a result. Looks only at texts with a comparison or swing word among their tokens.
    /// </summary>
    public static void Emit(FeatureSink sink, ulong seed)
    {
        if (!HasCue(sink.Tokens.AsSpan(0, sink.TokenCount)))
        {
            return;
        }

        var chars = sink.Chars.AsSpan(0, sink.CharCount);
        var buffer = ArrayPool<Piece>.Shared.Rent(chars.Length + 1);
        try
        {
            var pieces = buffer.AsSpan(0, Scan(chars, buffer));
            for (var k = 0; k < pieces.Length; k++)
            {
                if (pieces[k].Kind != Kind.Word)
                {
                    continue;
                }

                var baseline = BaselineStart(pieces, k);
                var change = baseline > 0 ? Compare(pieces, k, baseline) : Swing(pieces, k);
                if (change is var (good, start, end))
                {
                    sink.Add(FeatureHash.Key(good ? ChangeFeatures.GoodChange : ChangeFeatures.BadChange, seed), start, end);
                }
            }
        }
        finally
        {
            ArrayPool<Piece>.Shared.Return(buffer);
        }
    }

    private static bool HasCue(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Raw == From || Compared.Contains(token.Raw) || Versus.Contains(token.Raw) || Swings.Contains(token.Raw))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the earlier figure's search starts when piece <paramref name="k"/> opens a comparison ("from", "compared with", "versus"), else 0.</summary>
    private static int BaselineStart(ReadOnlySpan<Piece> pieces, int k)
    {
        var word = pieces[k].Word;
        if (word == Words.Vs && k + 1 < pieces.Length && pieces[k + 1].Kind == Kind.Break && pieces[k + 1].Start == pieces[k].End)
        {
            return k + 2; // "vs.": its point is not a sentence end
        }

        if (word == From || Versus.Contains(word))
        {
            return k + 1;
        }

        return Compared.Contains(word) && k + 1 < pieces.Length && pieces[k + 1].Kind == Kind.Word && Words.ToOrWith.Contains(pieces[k + 1].Word) ? k + 2 : 0;
    }

    /// <summary>The change a comparison at piece <paramref name="k"/> reports: good or bad, and the characters from its quantity to its earlier figure.</summary>
    private static (bool Good, int Start, int End)? Compare(ReadOnlySpan<Piece> pieces, int k, int baselineStart)
    {
        var current = FigureBefore(pieces, k);
        if (current < 0)
        {
            return null;
        }

        var (quantity, q) = QuantityBefore(pieces, current);
        var baseline = FigureAfter(pieces, baselineStart);
        if (q == 0 || baseline < 0 || AnyQuantity(pieces[(current + 1)..k]) || pieces[current].Percent != pieces[baseline].Percent)
        {
            return null; // "up 23 percent from EUR 113.8 mn": the direction word says it, not the figures
        }

        var now = pieces[current].Value * (pieces[current].Scale > 0 ? pieces[current].Scale : 1);
        var before = pieces[baseline].Value * (pieces[baseline].Scale > 0 ? pieces[baseline].Scale : pieces[current].Scale > 0 ? pieces[current].Scale : 1);
        if (Words.LossWords.Contains(pieces[quantity].Word))
        {
            // A loss against a loss or a profit: compare the results, a loss being below zero.
            q = 1;
            now = -now;
            before = Any(pieces[baselineStart..baseline], Words.GainWords) ? before : -before;
        }
        else if (q > 0)
        {
            now = Any(pieces[(quantity + 1)..current], Words.Negative) ? -now : now;
            before = Any(pieces[baselineStart..baseline], Words.Negative) ? -before : before;
        }

        if (now == before)
        {
            return null;
        }

        return ((now > before ? 1 : -1) * q > 0, pieces[quantity].Start, pieces[baseline].End);
    }

    /// <summary>
    /// "swung to a net profit" (good), "slipped into the red" (bad): a swing word, "to" or "into", and within four
    /// pieces a result (profit, growth, surplus, the black; loss, deficit, recession, the red). Red and black count
    /// only at the end of a clause or before a word such as "in" or "after", so "the Red Sea route" is no result.
    /// </summary>
    private static (bool Good, int Start, int End)? Swing(ReadOnlySpan<Piece> pieces, int k)
    {
        if (!Swings.Contains(pieces[k].Word) || k + 1 >= pieces.Length || pieces[k + 1].Kind != Kind.Word || !Words.ToOrInto.Contains(pieces[k + 1].Word))
        {
            return null;
        }

        for (var j = k + 2; j < pieces.Length && j < k + 6; j++)
        {
            if (pieces[j].Kind == Kind.Break)
            {
                break;
            }

            if (pieces[j].Kind != Kind.Word || !TryResult(pieces[j].Word, out var q))
            {
                continue;
            }

            if ((pieces[j].Word == Words.Red || pieces[j].Word == Words.Black) && j + 1 < pieces.Length && pieces[j + 1].Kind == Kind.Word
                && !Words.AfterColour.Contains(pieces[j + 1].Word))
            {
                return null;
            }

            return (q > 0, pieces[k].Start, pieces[j].End);
        }

        return null;
    }

    /// <summary>1 for a good result a swing lands in, -1 for a bad one.</summary>
    private static bool TryResult(ulong word, out int sign)
    {
        sign = Words.GoodResults.Contains(word) ? 1 : Words.BadResults.Contains(word) ? -1 : 0;
        return sign != 0;
    }
}
