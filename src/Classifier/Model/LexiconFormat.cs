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
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        if (lines[0].TrimEnd('\r') != Header)
        {
            throw new InvalidDataException("lexicon.tsv has the wrong header");
        }

        var entries = new List<LexiconEntry>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            entries.Add(Parse(lines[i].TrimEnd('\r')) ?? throw new InvalidDataException($"lexicon.tsv line {i + 1} is malformed"));
        }

        return new Lexicon(entries);
    }

    /// <summary>Parses one <c>term, polarity, strength</c> line, or returns null if it is malformed.</summary>
    public static LexiconEntry? Parse(string line)
    {
        var f = line.Split('\t');
        if (f.Length != 3 || f[0].Trim().Length == 0 || f[1] is not ("positive" or "negative") || f[2] is not ("1" or "2"))
        {
            return null;
        }

        return new LexiconEntry(f[0].Trim(), f[1] == "positive" ? 1 : -1, f[2] == "2" ? 2 : 1);
    }
}
