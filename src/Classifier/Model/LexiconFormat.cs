using System.Globalization;
using System.Text;
using Classifier.Features;

namespace Classifier.Model;

/// <summary>The <c>lexicon.tsv</c> entry of a model file: header <c>term, polarity, strength</c>; polarity <c>positive</c> or <c>negative</c>, strength 1 or 2.</summary>
internal static class LexiconFormat
{
    public const string Header = "term\tpolarity\tstrength";

    public static byte[] Write(Lexicon lexicon) => Encoding.UTF8.GetBytes(Header + "\n" + string.Concat(lexicon.Entries.Select(e =>
        $"{e.Term}\t{(e.Polarity > 0 ? "positive" : "negative")}\t{e.Strength.ToString(CultureInfo.InvariantCulture)}\n")));

    public static Lexicon Read(byte[] bytes)
    {
        // Parsed from spans: only the terms become strings (splitting every line allocated several times the entry's size,
        // and fresh memory is most of what loading a model costs).
        var rest = Encoding.UTF8.GetString(bytes).AsSpan();
        var entries = new List<LexiconEntry>(rest.Length / 20);
        for (var number = 1; ; number++)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).TrimEnd('\r');
            if (number == 1 && !line.SequenceEqual(Header))
            {
                throw new InvalidDataException("lexicon.tsv has the wrong header");
            }

            if (number > 1 && line.Length > 0)
            {
                entries.Add(Parse(line) ?? throw new InvalidDataException($"lexicon.tsv line {number} is malformed"));
            }

            if (end < 0)
            {
                break;
            }

            rest = rest[(end + 1)..];
        }

        return new Lexicon(entries);
    }

    /// <summary>Parses one <c>term, polarity, strength</c> line, or returns null if it is malformed.</summary>
    public static LexiconEntry? Parse(string line) => Parse(line.AsSpan());

    /// <inheritdoc cref="Parse(string)"/>
    public static LexiconEntry? Parse(ReadOnlySpan<char> line)
    {
        var first = line.IndexOf('\t');
        var second = first < 0 ? -1 : line[(first + 1)..].IndexOf('\t');
        if (second < 0)
        {
            return null;
        }

        var term = line[..first].Trim();
        var polarity = line.Slice(first + 1, second);
        var strength = line[(first + second + 2)..];
        if (term.Length == 0 || strength.Contains('\t') || !(polarity is "positive" or "negative") || !(strength is "1" or "2"))
        {
            return null;
        }

        return new LexiconEntry(term.ToString(), polarity is "positive" ? 1 : -1, strength is "2" ? 2 : 1);
    }
}
