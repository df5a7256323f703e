using System.Globalization;
using Classifier.Features;

namespace Classifier.Training.Commands;

/// <summary>
/// Where <c>explain</c> may cut a long text around a span (<see cref="ExplainCommand.Highlight"/>): at a word's edge, where
/// there is one in the context (none shown on a side whose only word is longer than the context), else, in a run without
/// white space, between two characters as a reader sees them (text elements: never inside a surrogate
/// pair, an emoji sequence or a letter and its accent) outside any HTML character reference the models read
/// ("&amp;amp;"). Before, the context was cut at a fixed count of characters: "… eview the schedule", "AT&amp;am …".
/// </summary>
internal sealed class ExcerptCuts
{
    private readonly string _text;

    /// <summary>Whether the text may be cut before each index (and at its end): a text element's start outside any reference.</summary>
    private readonly bool[] _cuttable;

    /// <summary>The places where <paramref name="text"/> may be cut.</summary>
    public ExcerptCuts(string text)
    {
        _text = text;
        _cuttable = new bool[text.Length + 1];
        foreach (var start in StringInfo.ParseCombiningCharacters(text))
        {
            _cuttable[start] = true;
        }

        _cuttable[text.Length] = true;
        for (var at = text.IndexOf('&'); at >= 0; at = text.IndexOf('&', at + 1))
        {
            if (CharacterReferences.TryRead(text, at, out _, out var length))
            {
                Array.Fill(_cuttable, false, at + 1, length - 1);
            }
        }
    }

    /// <summary>
    /// Where context that may begin at <paramref name="from"/> begins, for a span starting at <paramref name="limit"/>: the first
    /// word's start at or after <paramref name="from"/>, its white space left out; with no word starting there before
    /// <paramref name="limit"/>, in a run without white space the first place that may be cut; else <paramref name="limit"/>.
    /// </summary>
    public int Start(int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            if (_cuttable[i] && !char.IsWhiteSpace(_text[i]) && (i == 0 || char.IsWhiteSpace(_text[i - 1])))
            {
                return i;
            }
        }

        // Cut inside a word only in a run without white space: where the context has some, a word longer than it before the
        // span ("https://…/abcdefghij massacred") is left out whole rather than shown cut.
        if (HasWhiteSpace(from, limit))
        {
            return limit;
        }

        for (var i = from; i < limit; i++)
        {
            if (_cuttable[i] && !char.IsWhiteSpace(_text[i]))
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary>
    /// Where context that may end at <paramref name="to"/> ends, for a span ending at <paramref name="limit"/>: the last
    /// word's end at or before <paramref name="to"/>, its white space left out; with no word ending there after
    /// <paramref name="limit"/>, in a run without white space the last place that may be cut; else <paramref name="limit"/>.
    /// </summary>
    public int End(int to, int limit)
    {
        for (var i = to; i > limit; i--)
        {
            if (_cuttable[i] && !char.IsWhiteSpace(_text[i - 1]) && (i == _text.Length || char.IsWhiteSpace(_text[i])))
            {
                return i;
            }
        }

        if (HasWhiteSpace(limit, to))
        {
            return limit;
        }

        for (var i = to; i > limit; i--)
        {
            if (_cuttable[i] && !char.IsWhiteSpace(_text[i - 1]))
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary>Whether the text between <paramref name="start"/> and <paramref name="end"/> holds white space.</summary>
    private bool HasWhiteSpace(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(_text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
