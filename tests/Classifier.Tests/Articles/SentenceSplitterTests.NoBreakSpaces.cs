using System.Reflection;
using Classifier.Articles;

namespace Classifier.Tests.Articles;

/// <summary>
/// Text whose spaces are no-break spaces (U+00A0, as web pages write "&amp;nbsp;"; the narrow U+202F; the figure space
/// U+2007) must split where the same text with ordinary spaces does, and so must text with thin (U+2009) or ideographic
/// (U+3000) spaces. The glued-stop rules compared with a literal space in places, so "...resumed?A&#160;senior official
/// said" or "...on Apollo 11.NASA&#160;said" stayed one sentence.
/// </summary>
public sealed partial class SentenceSplitterTests
{
    [Fact]
    public void WordSpaces_EveryCharacter_IsAWordSpaceExactlyWhenWhiteSpace()
    {
        var differing = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => SentenceSplitter.WordSpaces.Contains(c) != char.IsWhiteSpace(c)).Select(c => $"U+{(int)c:X4}");

        Assert.Empty(differing);
    }

    [Theory]
    [InlineData("The talks resumed?A\u00A0senior official said they would go on.", "The talks resumed?", "A\u00A0senior official said they would go on.")]
    [InlineData("Nobody expected the vote.I\u202Fwas stunned, the envoy said.", "Nobody expected the vote.", "I\u202Fwas stunned, the envoy said.")]
    [InlineData("Neil Armstrong flew on Apollo 11.NASA\u00A0said the landing was a success.", "Neil Armstrong flew on Apollo 11.", "NASA\u00A0said the landing was a success.")]
    [InlineData("The tournament ended in\u00A0December\u00A02022.FIFA, which runs it, called it a success.", "The tournament ended in\u00A0December\u00A02022.", "FIFA, which runs it, called it a success.")]
    [InlineData("Growth was 3.5\u2007%.EU officials said so.", "Growth was 3.5\u2007%.", "EU officials said so.")]
    public void Split_GluedEndWithNoBreakSpacesAround_SplitsAsWithSpaces(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Qatar hosted the\u00A02022.FIFA\u00A0World Cup.")]
    [InlineData("She beat the world\u00A0no.Two in the final.")]
    [InlineData("Section\u00A012.Remedies apply from Monday.")]
    [InlineData("The vote closed at 9\u00A0p.m.\u00A0Eastern\u00A0time on Tuesday.")]
    [InlineData("The vote closed at 9\u202Fp.m.\u202FEastern\u202Fofficials\u202Fsaid.")]
    [InlineData("Polls closed at 6\u00A0a.m.\u00A0Moscow\u00A0Standard\u00A0Time on Sunday.")]
    public void Split_KeepWholeRuleWithNoBreakSpaces_KeepsOneSentence(string text)
    {
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData('\u00A0')]
    [InlineData('\u202F')]
    [InlineData('\u2007')]
    [InlineData('\u2009')]
    [InlineData('\u3000')]
    public void Split_TestTextsWithNoBreakSpaces_GiveTheSameOffsetsAsWithSpaces(char space)
    {
        var texts = SplitterTestTexts().ToList();

        var differing = texts.Where(t => !SameSplit(t, space)).ToList();

        Assert.True(texts.Count >= 500, $"{texts.Count} texts");
        Assert.True(differing.Count == 0, $"{differing.Count} of {texts.Count} split differently:\n" + string.Join('\n', differing.Take(20)));
    }

    [Theory]
    [InlineData('\u00A0')]
    [InlineData('\u202F')]
    public void Split_DataSentencesAndGluedPairsWithNoBreakSpaces_GiveTheSameOffsetsAsWithSpaces(char space)
    {
        // The sentences scripts/splitter-data.cs checks, and each two consecutive ones of a file glued with no space
        // between (as its --glued does), which reach the glued-stop rules.
        var texts = DataTextsAndGluedPairs().ToList();

        var differing = texts.Where(t => !SameSplit(t, space)).ToList();

        Assert.True(texts.Count >= 50_000, $"{texts.Count} texts");
        Assert.True(differing.Count == 0, $"{differing.Count} of {texts.Count} split differently:\n" + string.Join('\n', differing.Take(20)));
    }

    /// <summary>Whether <paramref name="text"/> with each ordinary space replaced by <paramref name="space"/> splits at the same offsets.</summary>
    private static bool SameSplit(string text, char space) =>
        SentenceSplitter.Split(text).Select(s => (s.Start, s.Length))
            .SequenceEqual(SentenceSplitter.Split(text.Replace(' ', space)).Select(s => (s.Start, s.Length)));

    /// <summary>
    /// Every text of these tests: each string argument of an [InlineData] of this class, the hand-written cases file, and
    /// the glued pairs and ranks of the member data.
    /// </summary>
    private static IEnumerable<string> SplitterTestTexts()
    {
        var inline = typeof(SentenceSplitterTests).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .SelectMany(m => m.GetCustomAttributesData())
            .Where(a => a.AttributeType == typeof(InlineDataAttribute))
            .SelectMany(a => (IEnumerable<CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!)
            .Select(a => a.Value)
            .OfType<string>();
        var pairs = GluedFirsts.SelectMany(f => GluedSeconds.Select(s => f + s));
        var ranks = ((IEnumerable<object[]>)RanksAfterAPronoun()).Select(row => (string)row[0]);
        return inline.Concat(Cases.Values.Select(c => c.Text)).Concat(pairs).Concat(ranks).Where(t => t.Contains(' ')).Distinct();
    }

    /// <summary>The distinct `text` cells of data/**/*.tsv, and each two consecutive ones of a file glued with no space, the first ending in a stop.</summary>
    private static IEnumerable<string> DataTextsAndGluedPairs()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(TestPaths.Data(), "*.tsv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n');
            var column = Array.IndexOf(lines[0].Split('\t'), "text");
            var cells = column < 0 ? [] : lines.Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Split('\t')[column]).ToList();
            for (var i = 0; i < cells.Count; i++)
            {
                var glued = i + 1 < cells.Count && cells[i].Length > 0 && ".!?".Contains(cells[i][^1]) ? cells[i] + cells[i + 1] : null;
                foreach (var text in glued is null ? [cells[i]] : new[] { cells[i], glued })
                {
                    if (seen.Add(text))
                    {
                        yield return text;
                    }
                }
            }
        }
    }
}
