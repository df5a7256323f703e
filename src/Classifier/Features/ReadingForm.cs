using System.Buffers;
using System.Text;

namespace Classifier.Features;

/// <summary>
/// The text as the models read it: with its HTML character references read as their characters
/// (<see cref="CharacterReferences"/>: "C&amp;ocirc;te d&amp;#8217;Ivoire" is "Côte d’Ivoire"), without the invisible format
/// characters web pages leave inside words (<see cref="InvisibleCharacters"/>) and with its accented letters composed
/// (Unicode's normalisation form C), so that a decomposed "Co&#x302;te d'Ivoire" or "Erdog&#x306;an", as some systems and
/// feeds write them (a letter, then a combining accent), reads as "Côte d'Ivoire" and "Erdoğan" and a text scores as the
/// same text composed. Scoring, training, name
/// finding and sentence splitting all read text so; the callers that return spans keep the <see cref="ReadingMap"/> of
/// where each character they read stood, and give spans in the caller's text. Stateless; safe to call from any thread.
/// </summary>
/// <remarks>
/// Canonical composition, and the Latin ligatures U+FB00-U+FB06 read as their letters ("ofﬁcials" is "officials", as PDF
/// text extraction leaves them); other compatibility characters (full-width letters, superscripts) are read as written.
/// A text is composed one letter and its combining marks at a time, which is the whole text's normalisation form C;
/// a letter and marks holding a lone surrogate are read as written. References are read first, once, and the text they
/// make is then read as any text. Ordinary text costs one search and no copy, and so does text whose ampersands begin no
/// reference ("AT&amp;T").
/// </remarks>
internal static class ReadingForm
{
    /// <summary>The Latin ligatures read as their letters (<see cref="Ligature"/>).</summary>
    private const string Ligatures = "\uFB00\uFB01\uFB02\uFB03\uFB04\uFB05\uFB06";

    /// <summary>The characters reading may change besides invisible ones: what composition may change (<see cref="CompositionCandidates.Ranges"/>: no table is loaded to know them) and the ligatures; a text without one is read as written.</summary>
    private static readonly char[] ComposableCharacters = [.. Expand(CompositionCandidates.Ranges), .. Ligatures];

    /// <summary><see cref="ComposableCharacters"/>, searched for.</summary>
    private static readonly SearchValues<char> Composable = SearchValues.Create(ComposableCharacters);

    /// <summary><see cref="Composable"/> and <see cref="InvisibleCharacters.Candidates"/>: one search finds whether a text needs reading at all.</summary>
    private static readonly SearchValues<char> Either = SearchValues.Create([.. ComposableCharacters, .. InvisibleCharacters.CandidateCharacters]);

    /// <summary><see cref="Either"/> and the ampersand that begins a character reference (<see cref="CharacterReferences"/>).</summary>
    private static readonly SearchValues<char> EitherOrReference = SearchValues.Create([.. ComposableCharacters, .. InvisibleCharacters.CandidateCharacters, '&']);

    /// <summary>
    /// The first <paramref name="maxLength"/> characters of <paramref name="text"/> as the models read it, or
    /// <paramref name="text"/> itself (not cut) when reading changes none of its first <paramref name="maxLength"/>
    /// characters: the models cut it at <paramref name="maxLength"/> themselves.
    /// </summary>
    public static string Of(string text, int maxLength) => Of(text, maxLength, withMap: false, references: true, out _);

    /// <summary>
    /// <see cref="Of(string, int)"/>, and <paramref name="map"/>, where each character of the result stood in
    /// <paramref name="text"/>, for <see cref="Original"/>; null when the result is <paramref name="text"/> itself.
    /// </summary>
    public static string Of(string text, int maxLength, out ReadingMap? map) => Of(text, maxLength, withMap: true, references: true, out map);

    /// <summary>
    /// The span of the caller's text that the characters <c>[<paramref name="start"/>, <paramref name="end"/>)</c> of the text
    /// <see cref="Of(string, int, out ReadingMap)"/> made of it came from: from their first character to their last, with
    /// any invisible characters between them and a composed letter's combining marks; spans without a position (-1) and
    /// spans of a text not changed (<paramref name="map"/> null) as they are.
    /// </summary>
    public static (int Start, int End) Original(ReadingMap? map, int start, int end) =>
        map is null || start < 0 ? (start, end) : map.Original(start, end);

    private static string Of(string text, int maxLength, bool withMap, bool references, out ReadingMap? map)
    {
        map = null;
        // One character past the limit too: a combining mark there composes with the last letter read.
        var head = text.AsSpan(0, (int)Math.Min(text.Length, maxLength + 1L));
        var first = head.IndexOfAny(references ? EitherOrReference : Either);
        if (first < 0)
        {
            return text;
        }

        if (references)
        {
            // A character reading may change in the head makes reading go on past it (for the characters it leaves out, a
            // letter's marks, what follows a zero-width space), so a reference anywhere after it may change what is read;
            // without one, only a reference beginning in the head can.
            var next = head[first..].IndexOfAny(Either);
            var reach = next < 0 ? head.Length : text.Length;
            if (CharacterReferences.Find(text, first, reach) is >= 0 and var reference)
            {
                return Decoded(text, maxLength, reference, withMap, out map);
            }

            if (next < 0)
            {
                return text;
            }

            first += next;
        }

        // The whole text: removing invisible characters reads on past the limit to make up for them.
        if (text.AsSpan(first).IndexOfAny(Composable) < 0)
        {
            // Invisible characters only: no letter to compose.
            if (!withMap)
            {
                return InvisibleCharacters.Remove(text, maxLength);
            }

            var visible = InvisibleCharacters.Remove(text, maxLength, out var starts);
            map = starts is null ? null : new ReadingMap(starts, ends: null);
            return visible;
        }

        // Text already composed that holds combining marks (Hindi, Arabic, Thai, Hebrew...): the quick check finds it so
        // without a copy, where the reader would compose every letter and its marks to find nothing changed.
        if (IsComposed(text, first, maxLength))
        {
            return text;
        }

        return new Reader(text, maxLength, withMap).Read(out map);
    }

    /// <summary>
    /// <see cref="Of(string, int, bool, bool, out ReadingMap)"/> of a text holding character references: read with them decoded
    /// (<see cref="CharacterReferences"/>), then as any text, each character's span running through both readings; the text
    /// itself when its first reference, at <paramref name="reference"/>, begins past the characters read and reading the
    /// decoded text changes none of them ("abcd&amp;amp;" read to 4 characters).
    /// </summary>
    private static string Decoded(string text, int maxLength, int reference, bool withMap, out ReadingMap? map)
    {
        var decoded = CharacterReferences.Decode(text, out var starts, out var ends);
        // Decoded once, as a browser decodes: "&amp;eacute;" reads as "&eacute;".
        var read = Of(decoded, maxLength, withMap, references: false, out var inner);
        if (ReferenceEquals(read, decoded))
        {
            if (reference >= maxLength)
            {
                // The decoded text's first maxLength characters are the text's own, and reading changed none of them.
                map = null;
                return text;
            }

            if (read.Length > maxLength)
            {
                // Changed, so cut as any text reading changes.
                read = read[..maxLength];
            }
        }

        map = withMap ? ReadingMap.Through(starts, ends, inner, read.Length) : null;
        return read;
    }

    /// <summary>
    /// The letters of a Latin typographic ligature (U+FB00-U+FB06: "ﬁ" is "fi"), which text extracted from PDF files leaves
    /// inside words ("ofﬁcials", "ﬂatly"); null for any other character.
    /// </summary>
    private static string? Ligature(char c) => c switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' or '\uFB06' => "st",
        _ => null,
    };

    /// <summary>
    /// Whether reading leaves <paramref name="text"/> as it is up to where a reader of <paramref name="maxLength"/> characters
    /// stops (the end of the letter's group the limit falls in), from <paramref name="first"/> on (nothing before it can
    /// change, and the character before it is a starter): no invisible character, every character passing
    /// <see cref="Composition.QuickCheck"/>. False whenever unsure: the reader decides.
    /// </summary>
    private static bool IsComposed(string text, int first, int maxLength)
    {
        var lastClass = 0;
        var visible = 0;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (InvisibleCharacters.Candidates.Contains(c))
            {
                // Nothing before it was changed, so what is kept before it is the character before it. Left out, it is for
                // the reader to go on (a mark after one left out joins the letter before it, past the limit too); kept (a
                // joiner in an emoji sequence, a non-joiner in a Persian or Hindi word), it begins a group, and composition
                // leaves it as it is.
                if (InvisibleCharacters.IsRemoved(c, i == 0 ? ' ' : text[i - 1], text, i, ref visible))
                {
                    return false;
                }

                if (i >= maxLength)
                {
                    return true;
                }

                lastClass = 0;
                continue;
            }

            if (i >= maxLength && StartsGroup(text, i))
            {
                return true;
            }

            if (Ligature(c) is not null)
            {
                return false;
            }

            if (!Either.Contains(c))
            {
                // A starter composition leaves as it is (a letter, a low surrogate: its pair is no candidate either).
                lastClass = 0;
                continue;
            }

            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[++i]);
            }

            if (!Composition.QuickCheck(codePoint, ref lastClass))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The characters of <paramref name="ranges"/>, pairs of first and last.</summary>
    internal static char[] Expand(string ranges)
    {
        var chars = new List<char>(2048);
        for (var r = 0; r < ranges.Length; r += 2)
        {
            for (int c = ranges[r]; c <= ranges[r + 1]; c++)
            {
                chars.Add((char)c);
            }
        }

        return [.. chars];
    }

    /// <summary>
    /// Whether the character at <paramref name="at"/> of <paramref name="text"/> begins a letter's group: anything but a
    /// character composition joins to the one before (<see cref="Composition.Continues"/>: a combining mark, a Hangul vowel
    /// or final) or the low half of a surrogate pair.
    /// </summary>
    private static bool StartsGroup(string text, int at)
    {
        var c = text[at];
        if (char.IsLowSurrogate(c) && at > 0 && char.IsHighSurrogate(text[at - 1]))
        {
            return false;
        }

        return !Composition.Continues(char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1])
            ? char.ConvertToUtf32(c, text[at + 1])
            : c);
    }

    /// <summary>One reading: the text's characters a letter's group at a time, invisible characters left out, each group composed.</summary>
    private sealed class Reader(string text, int limit, bool withMap)
    {
        private readonly StringBuilder _read = new(Math.Min(text.Length, limit));
        private readonly List<int> _starts = [];
        private readonly List<int> _ends = [];
        private readonly List<char> _group = [];
        private readonly List<int> _positions = [];
        private bool _changed;

        public string Read(out ReadingMap? map)
        {
            var before = ' ';
            var visible = 0;
            var i = 0;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (InvisibleCharacters.Candidates.Contains(c) && InvisibleCharacters.IsRemoved(c, before, text, i, ref visible))
                {
                    // Left out at or past the limit, it changes none of the characters read (a mark after it that joins the
                    // letter before changes them only if composing does, which says so itself).
                    _changed |= _read.Length + _group.Count < limit;
                    continue;
                }

                if (_group.Count > 0 && StartsGroup(text, i))
                {
                    Flush();
                    if (_read.Length >= limit)
                    {
                        break;
                    }
                }

                _group.Add(c);
                _positions.Add(i);
                before = c;
            }

            Flush();
            map = null;
            if (!_changed)
            {
                return text;
            }

            var count = Math.Min(_read.Length, limit);
            if (withMap)
            {
                var starts = new int[count + 1];
                var ends = new int[count];
                for (var k = 0; k < count; k++)
                {
                    (starts[k], ends[k]) = (_starts[k], _ends[k]);
                }

                starts[count] = count < _starts.Count ? _starts[count] : i;
                map = new ReadingMap(starts, ends);
            }

            return _read.ToString(0, count);
        }

        /// <summary>Writes the group read so far, composed; each of its characters stands for the whole group when composing changed it.</summary>
        private void Flush()
        {
            if (_group.Count == 0)
            {
                return;
            }

            var group = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_group);
            string? composed = null;
            if (group.Length == 1 && Ligature(group[0]) is { } letters)
            {
                composed = letters;
            }
            else if ((group.Length > 1 || Composition.IsReplaced(group[0])) && WellFormed(group))
            {
                composed = Composition.Compose(group);
            }

            ReadOnlySpan<char> read = composed is null ? group : composed;
            _changed |= composed is not null;
            _read.Append(read);
            for (var k = 0; withMap && k < read.Length; k++)
            {
                // A character composing left as it is stands for itself; each of a composed group's, for the whole group.
                _starts.Add(composed is null ? _positions[k] : _positions[0]);
                _ends.Add(composed is null ? _positions[k] + 1 : _positions[^1] + 1);
            }

            _group.Clear();
            _positions.Clear();
        }

        /// <summary>Whether every surrogate in <paramref name="chars"/> is half of a pair (composing refuses a lone one).</summary>
        private static bool WellFormed(ReadOnlySpan<char> chars)
        {
            for (var k = 0; k < chars.Length; k++)
            {
                if (char.IsHighSurrogate(chars[k]) && k + 1 < chars.Length && char.IsLowSurrogate(chars[k + 1]))
                {
                    k++;
                }
                else if (char.IsSurrogate(chars[k]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>
/// Where each character of a text <see cref="ReadingForm"/> read stood in the caller's text: its first and last
/// character there (a composed letter stands for the letter and its combining marks), and where the reading stopped.
/// Immutable; safe to share across threads.
/// </summary>
internal sealed class ReadingMap
{
    private readonly int[] _starts;
    private readonly int[]? _ends;

    /// <param name="starts">Where each character read stood, with one more entry: where the text read ends.</param>
    /// <param name="ends">Where each character read ends; null: each stands for one character (start + 1).</param>
    public ReadingMap(int[] starts, int[]? ends)
    {
        _starts = starts;
        _ends = ends;
    }

    /// <summary>
    /// The map of a second reading, <paramref name="inner"/> (null: it changed nothing), of a text a first reading made, whose
    /// characters stood at <paramref name="starts"/> to <paramref name="ends"/> of the caller's text: where each of the
    /// <paramref name="count"/> characters of the second reading's result stood in the caller's text.
    /// </summary>
    public static ReadingMap Through(int[] starts, int[] ends, ReadingMap? inner, int count)
    {
        var throughStarts = new int[count + 1];
        var throughEnds = new int[count];
        for (var k = 0; k < count; k++)
        {
            var (start, end) = inner is null ? (k, k + 1) : (inner._starts[k], inner.EndOf(k));
            throughStarts[k] = starts[start];
            throughEnds[k] = ends[end - 1];
        }

        throughStarts[count] = starts[inner is null ? count : inner._starts[Math.Min(count, inner._starts.Length - 1)]];
        return new ReadingMap(throughStarts, throughEnds);
    }

    /// <summary>Where the character read at <paramref name="k"/> ends in the text read.</summary>
    private int EndOf(int k) => _ends is null ? _starts[k] + 1 : _ends[k];

    /// <summary>The span of the caller's text that the read characters <c>[start, end)</c> came from (<see cref="ReadingForm.Original"/>).</summary>
    public (int Start, int End) Original(int start, int end)
    {
        var read = _starts.Length - 1;
        var from = _starts[Math.Min(start, read)];
        end = Math.Min(end, read);
        return (from, end > start ? (_ends is null ? _starts[end - 1] + 1 : _ends[end - 1]) : from);
    }
}
