using Classifier.Data;

namespace Classifier.Tests.Data;

/// <summary><see cref="TsvFields.WrongCount"/> as the data reader reports it: a quoted text holding a tab, which the format cannot quote.</summary>
public sealed class TsvFieldsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_QuotedTextHoldingATab_SaysTheFormatHasNoQuotingAndToRemoveTheTab()
    {
        // Line 2 opens with a quote and has the header's fields: it is a sentence like any other, and reads fine.
        var path = _dir.File("quoted.tsv",
            "text\ttarget\tlabel\n" +
            "\"We will not yield,\" Beijing said of the drills.\tChina\tagainst\n" +
            "\"Seoul showed restraint\tand good faith,\" Pyongyang said.\tSouth Korea\tfavor\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Stance));

        Assert.Equal(
            $"{path}:3: expected 3 tab-separated fields as in the header, found 4: a tab inside quotes " +
            "('\"Seoul showed restraint<TAB>and good faith,\" …', the tab shown as <TAB>); the format has no quoting, " +
            "so every tab separates fields: remove the tab or replace it with a space (the quotes themselves may stay)",
            ex.Message);
        Assert.Equal(3, ex.Line);
    }

    [Theory]
    // Single curly quotes: opened before the tab, closed after it (a ’ not followed by a letter).
    [InlineData("‘Hanoi kept its word\tand its nerve,’ Manila said.", "‘Hanoi kept its word<TAB>and its nerve,’ Manila …")]
    // An apostrophe inside the quote is no closing quote: the quote still closes after the tab.
    [InlineData("‘Seoul’s offer stands\tfor now,’ the envoy said.", "‘Seoul’s offer stands<TAB>for now,’ the envoy said.")]
    // Cut at word boundaries, either side of the tab, with an ellipsis for the words left out.
    [InlineData("The minister told reporters that “the northern ports will stay\topen through the winter months,” officials said.",
        "… northern ports will stay<TAB>open through the winter …")]
    // A stretch of one word is cut inside it, the ellipsis joined to it.
    [InlineData("“Abcdefghijklmnopqrstuvwxyzabcdefgh\tzyxwvutsrqponmlkjihgfedcbazyx”", "…jklmnopqrstuvwxyzabcdefgh<TAB>zyxwvutsrqponmlkjihgfedcb…")]
    // A long word and a space before the tab: the word is kept, cut, not dropped for the empty stretch after the space.
    [InlineData("“Abcdefghijklmnopqrstuvwxyzabcdefgh \tzyx”", "…klmnopqrstuvwxyzabcdefgh <TAB>zyx”")]
    // A plural possessive inside the quote is no closing quote when a later ’ closes it.
    [InlineData("‘The workers’ union will strike\tunless pay rises,’ the steward said.", "… union will strike<TAB>unless pay rises,’ the …")]
    // With no plain ’ after it, a possessive-looking ’ is still taken as the close.
    [InlineData("‘Strike now\tsay the workers’ union.", "‘Strike now<TAB>say the workers’ union.")]
    // A one-word stretch is never cut inside a surrogate pair (an emoji) or between a letter and its combining mark.
    [InlineData("“Abc😀defghijklmnopqrstuvwxyza\tcd”", "…defghijklmnopqrstuvwxyza<TAB>cd”")]
    [InlineData("“ab\tcdefghijklmnopqrstuvwxyz😀ab”", "“ab<TAB>cdefghijklmnopqrstuvwxyz…")]
    [InlineData("“Abcde\u0301fghijklmnopqrstuvwxyzabc\tde”", "…fghijklmnopqrstuvwxyzabc<TAB>de”")]
    // A long run of spaces next to the tab is counted, so the stretch still shows the words and where the tab is.
    [InlineData("“The ports will stay                              \topen,” officials said.", "“The ports will stay<30 spaces><TAB>open,” officials said.")]
    [InlineData("“The ports will stay\t                              open,” officials said.", "“The ports will stay<TAB><30 spaces>open,” officials said.")]
    // A run of four is counted already; a run not all spaces (a no-break space among them) is counted as white space.
    [InlineData("“The ports will stay    \topen,” officials said.", "“The ports will stay<4 spaces><TAB>open,” officials said.")]
    [InlineData("“The ports will stay\t \u00A0 \u00A0open,” officials said.", "“The ports will stay<TAB><4 white-space characters>open,” officials said.")]
    // A field of just the 25 characters shown is shown whole, with no ellipsis.
    [InlineData("“The ports will stay open\tthrough winter,” he said.", "“The ports will stay open<TAB>through winter,” he said.")]
    // A cut that falls at the start of a word keeps that word; one that falls on a space ends at the word before it.
    [InlineData("“The minister said ports will stay open soon\tafter the talks in Geneva ended,” aides said.",
        "… ports will stay open soon<TAB>after the talks in Geneva …")]
    // Spaces after the tab and then one long word: the word is kept, cut, not dropped for the blank before it.
    [InlineData("“ab\t  cdefghijklmnopqrstuvwxyzabcd”", "“ab<TAB>  cdefghijklmnopqrstuvwxy…")]
    // Single quotes: nested ones both closed after the tab; the outer one still open after an inner one closed before it.
    [InlineData("‘He said ‘no\tand never,’ she wrote,’ the paper said.", "‘He said ‘no<TAB>and never,’ she wrote,’ …")]
    [InlineData("‘He said ‘no’ twice\tand left,’ she said.", "‘He said ‘no’ twice<TAB>and left,’ she said.")]
    // A close at the very start of the field after the tab.
    [InlineData("‘We will stay home.\t’ she said.", "‘We will stay home.<TAB>’ she said.")]
    // No plain close after the tab: the first possessive-looking ’ closes the quote, even with another after it; one
    // before the quote opens is a possessive.
    [InlineData("‘Strike now\tsay the workers’ and the drivers’ unions.", "‘Strike now<TAB>say the workers’ and the …")]
    [InlineData("Unions’ ‘strike now\tsay the bosses’ men.", "Unions’ ‘strike now<TAB>say the bosses’ men.")]
    public void WrongCount_TabInsideQuotes_ShowsTheQuotedStretchCutAtWords(string text, string shown)
    {
        var message = TsvFields.WrongCount(2, [.. text.Split('\t'), "favor"]);

        Assert.Equal(
            $"expected 2 tab-separated fields as in the header, found 3: a tab inside quotes ('{shown}', the tab shown as <TAB>); " +
            "the format has no quoting, so every tab separates fields: remove the tab or replace it with a space (the quotes themselves may stay)",
            message);
    }

    [Theory]
    // Apostrophes either side of the tab, no quote: ’ followed by a letter closes nothing.
    [InlineData("Seoul’s envoy left\tTokyo’s talks early.")]
    // A ‘ that closes before the tab: nothing is open across it.
    [InlineData("The ‘sunshine’ policy returned\tafter the vote, aides’ notes show.")]
    // A '"' for inches, which no later field closes.
    [InlineData("The 12\" single sold out\tfast.")]
    // A ’ closing a quote that no field opened.
    [InlineData("The talks went well\tenough,’ he said.")]
    // A quote closed before the tab by a possessive-looking ’ (no plain close after it): one after the tab closes nothing.
    [InlineData("‘Strike, say the workers’ leaders\tand the bosses’ men.")]
    // A ’ ending the field before the tab, after an "s" or closing a quote.
    [InlineData("The workers’\tunion struck.")]
    [InlineData("He backed the ‘sunshine’\tpolicy again.")]
    public void WrongCount_ApostrophesOrQuotesClosedBeforeTheTab_SaysToCheckTheTabs(string text)
    {
        var message = TsvFields.WrongCount(2, [.. text.Split('\t'), "favor"]);

        Assert.Equal("expected 2 tab-separated fields as in the header, found 3; check for a missing or extra tab", message);
    }

    [Theory]
    [InlineData(new[] { "Talks resumed.", "positive", "", " " }, "found 4, the last 2 empty; delete the tab at the end of the line")]
    [InlineData(new[] { "Talks resumed.", "positive", "late", "" }, "found 4; check for a missing or extra tab")]
    public void WrongCount_ExtraFieldsAtTheEnd_SaysHowManyAreEmptyOnlyWhenAllAre(string[] fields, string expected)
    {
        var message = TsvFields.WrongCount(2, fields);

        Assert.Equal($"expected 2 tab-separated fields as in the header, {expected}", message);
    }

    [Fact]
    public void WrongCount_ManyFieldsOpeningSingleQuotesThatNoneCloses_SaysToCheckTheTabs()
    {
        // 200,000 fields, each opening a ‘ that no later field closes, so no quoted tab. Each field once looked through
        // every field after it (95 s); it is linear now. Not timed here (timings belong in benchmarks): this guards the answer.
        var fields = Enumerable.Repeat("‘a", 200_000).ToArray();

        var message = TsvFields.WrongCount(2, fields);

        Assert.Equal("expected 2 tab-separated fields as in the header, found 200000; check for a missing or extra tab", message);
    }
}
