using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;

namespace Classifier.Features;

/// <summary>
/// Reads a figure set against an earlier one (<see cref="FeaturizerSettings.MarkComparisons"/>): "operating profit
/// was EUR 3.1 mn, compared with EUR 5.6 mn" is a fall in something wanted, a bad change, though no word says so;
/// "the loss narrowed to EUR 0.4 mn from a loss of EUR 1.9 mn" and "profit of EUR 5.8 mn, up from a loss of
/// EUR 1.7 mn" are good ones, though "loss" is their loudest word. It also reads a swing into a result ("swung to a
/// net profit", "slipped into the red"). Each finding adds the good-change or bad-change feature of
/// <see cref="ChangeFeatures"/>, so what the model learned of rises and falls carries over.
/// </summary>
internal static class ComparisonFeatures
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

    /// <summary>The word tables read once a text has a cue: kept apart so that texts without one (and start-up) never build them.</summary>
    private static class Words
    {
        public static readonly ulong Per = FeatureHash.Token("per");
        public static readonly FrozenSet<ulong> ToOrWith = FeatureHash.TokenSet("to", "with");
        public static readonly FrozenSet<ulong> ToOrInto = FeatureHash.TokenSet("to", "into");

        /// <summary>Results a swing lands in that are good news: "returned to growth", "back into the black".</summary>
        public static readonly FrozenSet<ulong> GoodResults = FeatureHash.TokenSet("profit", "profits", "earnings", "growth", "surplus", "black");

        /// <summary>Results a swing lands in that are bad news: "slipped into recession", "swung to a loss".</summary>
        public static readonly FrozenSet<ulong> BadResults = FeatureHash.TokenSet("loss", "losses", "deficit", "deficits", "red", "recession");

        public static readonly ulong Black = FeatureHash.Token("black");
        public static readonly ulong Red = FeatureHash.Token("red");

        /// <summary>Words that may follow "the red" or "the black" as a result ("back into the black in May"), unlike "the Red Sea".</summary>
        public static readonly FrozenSet<ulong> AfterColour = FeatureHash.TokenSet(
            "in", "as", "for", "after", "on", "with", "amid", "and", "but", "despite", "during", "this", "last", "again",
            "because", "due", "thanks", "since", "while", "at", "by", "over", "under", "from", "following", "through", "until");

        public static readonly ulong Vs = FeatureHash.Token("vs");

        /// <summary>Results below zero: a loss of 2 is a result of -2 against a profit.</summary>
        public static readonly FrozenSet<ulong> LossWords = FeatureHash.TokenSet("loss", "losses", "deficit", "deficits");

        /// <summary>Results above zero, named before an earlier figure ("compared with a profit of ...").</summary>
        public static readonly FrozenSet<ulong> GainWords = FeatureHash.TokenSet("profit", "profits", "surplus", "income", "earnings");

        /// <summary>Words that put the figure after them below zero.</summary>
        public static readonly FrozenSet<ulong> Negative = FeatureHash.TokenSet("loss", "losses", "negative", "deficit", "deficits", "minus");

        public static readonly FrozenSet<ulong> PercentWords = FeatureHash.TokenSet("percent", "pct", "percentage");

        public static readonly ulong Cent = FeatureHash.Token("cent");

        /// <summary>Scale words after a figure, with their factor (a short list: searched in order).</summary>
        public static readonly (ulong Word, double Factor)[] Scales =
        [
            (FeatureHash.Token("thousand"), 1e3), (FeatureHash.Token("k"), 1e3),
            (FeatureHash.Token("million"), 1e6), (FeatureHash.Token("mn"), 1e6), (FeatureHash.Token("mln"), 1e6), (FeatureHash.Token("m"), 1e6),
            (FeatureHash.Token("billion"), 1e9), (FeatureHash.Token("bn"), 1e9), (FeatureHash.Token("bln"), 1e9), (FeatureHash.Token("b"), 1e9),
            (FeatureHash.Token("trillion"), 1e12), (FeatureHash.Token("tn"), 1e12),
        ];

        /// <summary>The factor of scale word <paramref name="word"/>, or 0.</summary>
        public static double Scale(ulong word)
        {
            foreach (var (w, factor) in Scales)
            {
                if (w == word)
                {
                    return factor;
                }
            }

            return 0;
        }
    }

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

    /// <summary>Splits the normalised text into pieces: runs of letters (words), figures with their sign, scale and percent, brackets and sentence breaks.</summary>
    private static int Scan(ReadOnlySpan<char> chars, Piece[] pieces)
    {
        var count = 0;
        var i = 0;
        while (i < chars.Length)
        {
            var c = chars[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < chars.Length && char.IsLetter(chars[i]))
                {
                    i++;
                }

                pieces[count++] = new Piece(Kind.Word, start, i, FeatureHash.Token(chars[start..i]), 0, false, false, 0);
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < chars.Length && (char.IsAsciiDigit(chars[i]) || (chars[i] is '.' or ',' && i + 1 < chars.Length && char.IsAsciiDigit(chars[i + 1]))))
                {
                    i++;
                }

                pieces[count++] = Figure(chars, start, i);
            }
            else
            {
                if (c is '(' or '[')
                {
                    pieces[count++] = new Piece(Kind.Open, i, i + 1, 0, 0, false, false, 0);
                }
                else if (c is ')' or ']')
                {
                    pieces[count++] = new Piece(Kind.Close, i, i + 1, 0, 0, false, false, 0);
                }
                else if (c is ';' or ':' or '!' or '?' || (c == '.' && !(i + 1 < chars.Length && char.IsAsciiDigit(chars[i + 1]))))
                {
                    pieces[count++] = new Piece(Kind.Break, i, i + 1, 0, 0, false, false, 0);
                }

                i++;
            }
        }

        return count;
    }

    /// <summary>
    /// The figure in <c>chars[start..end)</c>: "1,250" and "1.250.000" are thousands, "4,2" a decimal comma; a minus
    /// sign right before it counts unless a digit precedes the sign (a range, "23-25"); a scale word right after it
    /// (mn, billion...) and a percent sign or word are kept; a four-digit 19xx or 20xx without them is a year.
    /// </summary>
    private static Piece Figure(ReadOnlySpan<char> chars, int start, int end)
    {
        var text = chars[start..end];
        var commas = text.Count(',');
        var dots = text.Count('.');
        Span<char> plain = stackalloc char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (c == ',' && !(commas == 1 && dots == 0 && !ThousandsGroups(text, ',')))
            {
                continue; // thousands separator
            }

            if (c == '.' && dots > 1)
            {
                continue; // "1.250.000"
            }

            plain[n++] = c == ',' ? '.' : c;
        }

        var value = double.TryParse(plain[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : 0;
        if (start > 0 && chars[start - 1] == '-' && !(start > 1 && char.IsAsciiDigit(chars[start - 2])))
        {
            value = -value;
        }

        var next = end;
        while (next < chars.Length && chars[next] == ' ')
        {
            next++;
        }

        var (word, wordEnd) = NextWord(chars, next);
        var percent = (next < chars.Length && chars[next] == '%') || (word != 0 && Words.PercentWords.Contains(word)) || (word == Words.Per && NextWord(chars, wordEnd).Word == Words.Cent);
        var scale = word != 0 ? Words.Scale(word) : 0;
        var year = !percent && scale == 0 && commas == 0 && dots == 0 && text.Length == 4 && text[..2] is "19" or "20";
        return new Piece(Kind.Figure, start, end, 0, value, percent, year, scale);
    }

    /// <summary>The hash of the word after the spaces at <paramref name="from"/> (0 if none) and where it ends.</summary>
    private static (ulong Word, int End) NextWord(ReadOnlySpan<char> chars, int from)
    {
        while (from < chars.Length && chars[from] == ' ')
        {
            from++;
        }

        var end = from;
        while (end < chars.Length && char.IsLetter(chars[end]))
        {
            end++;
        }

        return (end > from ? FeatureHash.Token(chars[from..end]) : 0, end);
    }

    /// <summary>True when every group after the first separator has three digits ("1,250", not "4,2").</summary>
    private static bool ThousandsGroups(ReadOnlySpan<char> text, char separator)
    {
        var at = text.IndexOf(separator);
        var rest = text[(at + 1)..];
        var digits = 0;
        foreach (var c in rest)
        {
            if (c == '.' || c == separator)
            {
                break;
            }

            digits++;
        }

        return digits == 3;
    }

}
