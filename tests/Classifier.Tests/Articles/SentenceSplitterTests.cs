using System.Text.Json;
using Classifier.Articles;

namespace Classifier.Tests.Articles;

public sealed partial class SentenceSplitterTests
{
    /// <summary>Hand-written cases of news prose (TestData/splitter_cases.jsonl): abbreviations, initials, amounts, quotes, datelines, bullets, headlines.</summary>
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Cases.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    private static readonly Dictionary<string, (string Text, string[] Sentences)> Cases = File.ReadLines(TestPaths.TestData("splitter_cases.jsonl"))
        .Where(l => l.Trim().Length > 0)
        .Select(l => JsonDocument.Parse(l).RootElement)
        .ToDictionary(e => e.GetProperty("name").GetString()!, e => (e.GetProperty("text").GetString()!, e.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()!).ToArray()));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Split_NewsProse_GivesTheExpectedSentences(string name)
    {
        var (text, expected) = Cases[name];

        var spans = SentenceSplitter.Split(text);

        Assert.Equal(expected, spans.Select(s => s.Text));
        Assert.All(spans, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Split_CasesFile_HasAtLeastSixtyCases() => Assert.True(Cases.Count >= 60, $"{Cases.Count} cases");

    [Fact]
    public void Split_EnvoyExample_GivesThreeSentencesWithOffsets()
    {
        const string text = "The U.S. envoy, Mr. Kim, arrived at 3 p.m. on Jan. 5. He met Gen. Park. Talks began.";

        var spans = SentenceSplitter.Split(text);

        Assert.Equal([new SentenceSpan(0, 53, "The U.S. envoy, Mr. Kim, arrived at 3 p.m. on Jan. 5."),
            new SentenceSpan(54, 17, "He met Gen. Park."), new SentenceSpan(72, 12, "Talks began.")], spans);
    }

    [Theory]
    [InlineData("Asked whether Seoul would pay, Lee said: \"No.\" Then he left the room.", "Asked whether Seoul would pay, Lee said: \"No.\"", "Then he left the room.")]
    [InlineData("The ministry called its fallback \u201CPlan B.\u201D Critics said it was no plan at all.", "The ministry called its fallback \u201CPlan B.\u201D", "Critics said it was no plan at all.")]
    [InlineData("Analysts dubbed the site 'Area J.' Satellite images showed fresh digging there.", "Analysts dubbed the site 'Area J.'", "Satellite images showed fresh digging there.")]
    public void Split_QuoteClosedAfterAbbreviationOrInitial_EndsTheSentence(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The envoys met in Room B. The talks lasted an hour.", "The envoys met in Room B.", "The talks lasted an hour.")]
    [InlineData("The vote went to Plan B. However, the unions objected.", "The vote went to Plan B.", "However, the unions objected.")]
    public void Split_LoneCapitalBeforeASentenceOpener_EndsTheSentence(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Officials at the \"U.S.\" Treasury declined to comment.")]
    [InlineData("Former president George W. Bush attended the ceremony.")]
    [InlineData("The novelist J. R. Smith won the prize.")]
    [InlineData("Critics said the U.S.' North Korea policy had failed.")]
    [InlineData("The deal with Acme (Samsung Co.) Chief Executive Lee signed was worth $2 billion.")]
    [InlineData("The power comes from Art. I of the Constitution.")]
    [InlineData("The talks were chaired by Sec. Blinken and met twice.")]
    public void Split_QuoteOrNumeralAfterAnAbbreviation_KeepsOneSentence(string text)
    {
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Asked about a freeze, the envoy said no. The talks ended an hour later.", "Asked about a freeze, the envoy said no.", "The talks ended an hour later.")]
    [InlineData("The gallery sold looted art. Police seized three canvases.", "The gallery sold looted art.", "Police seized three canvases.")]
    [InlineData("The gallery sold looted art. I think the police knew.", "The gallery sold looted art.", "I think the police knew.")]
    [InlineData("The company said it had filed the report with the SEC. Shares fell 5 percent.", "The company said it had filed the report with the SEC.", "Shares fell 5 percent.")]
    [InlineData("He ran the 100m in 9.58 sec. The record still stands.", "He ran the 100m in 9.58 sec.", "The record still stands.")]
    [InlineData("The reply was a flat No. I was stunned, the envoy said.", "The reply was a flat No.", "I was stunned, the envoy said.")]
    [InlineData("He said \"No.\" I asked again.", "He said \"No.\"", "I asked again.")]
    [InlineData("Pyongyang's reply to the offer was a flat No. Seoul called it regrettable.", "Pyongyang's reply to the offer was a flat No.", "Seoul called it regrettable.")]
    public void Split_NumberingAbbreviationNotBeforeANumber_EndsTheSentence(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Under Art. 5 of the treaty the allies must respond.")]
    [InlineData("The charts in Vol. III of the report were redrawn.")]
    [InlineData("Resolution no. 2397 was adopted unanimously.")]
    public void Split_NumberingAbbreviationBeforeANumber_KeepsOneSentence(string text)
    {
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Officials said on Tuesday that the talks with North\nKorea would resume next week, after a pause of\nthree months over the joint drills.", 0)]
    [InlineData("Regulators in Brussels said on Monday the new rules would let\nEU users opt out of cookies set by your browser, and said that\nfines would follow.", 0)]
    [InlineData("The foreign ministry said on Tuesday that Hiroshi\nTanaka would not attend the summit in Seoul, and\nthat a deputy minister would go in his place.", 0)]
    [InlineData("- Aid agencies said shipments of rice to North\n  Korea would start once the border reopened and\n  the trucks were cleared.", 2)]
    public void Split_HardWrappedLineBeforeACapital_KeepsOneSentence(string text, int start)
    {
        Assert.Equal([text[start..]], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Talks collapse in Geneva\nDelegates from both Koreas walked out of the third round on Friday after a row over sanctions.")]
    [InlineData("Seoul renews its offer of winter aid to the North as talks stall in Geneva\nDelegates from both Koreas walked out of\nthe third round on Friday, officials said.")]
    [InlineData("North Korea fires two ballistic missiles into the sea off its east coast\nSEOUL (Reuters) - North Korea fired two ballistic missiles on Sunday, the\nmilitary said, the third launch this month as tensions rise on the\npeninsula ahead of joint drills next week.")]
    [InlineData("Talks collapse in Geneva as North Korea walks out over sanctions\nBy Jane Smith")]
    public void Split_HeadlineOverItsParagraph_IsASentenceOfItsOwn(string text)
    {
        var lines = text.Split('\n');

        Assert.Equal([lines[0], string.Join('\n', lines[1..])], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Officials in Seoul said on Monday that they had been briefed by the United\nStates on the new plan for the region.")]
    [InlineData("Officials said the drills had been planned for months with the help of South\nKorean forces stationed near the border.")]
    [InlineData("The finance ministers agreed that the budget rules set by the European\nUnion were too strict for a downturn.")]
    [InlineData("Reporters waited outside the residence for hours before Prime\nMinister Ortiz arrived to read a statement.")]
    public void Split_TwoLineParagraphWrappedInsideAName_IsOneSentence(string text)
    {
        // The first line, without final punctuation over a capitalised line, was taken for a headline: the name was cut in two.
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Sanctions bite in the North\nThe economy shrank for a third year, the central bank said.")]
    [InlineData("Israel pounds Gaza\nPalestinian health officials said at least ten people were killed.")] // "Gaza Palestinian" is no name
    [InlineData("Protests spread across the West\nThousands marched in three capitals on Saturday.")]
    [InlineData("Senate rejects nominee for Defense Secretary\nLawmakers voted 52 to 48 against the nomination.")]
    [InlineData("Floods kill dozens in the South\nHeavy rain swept away roads and bridges overnight.")]
    [InlineData("Israel pounds Gaza\nPalestinian health officials said at least ten people\nwere killed in the strikes overnight.")]
    public void Split_LineEndingWithANameWordOverAWordThatDoesNotFinishTheName_StaysAHeadline(string text)
    {
        var lines = text.Split('\n');

        Assert.Equal([lines[0], string.Join('\n', lines[1..])], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Fact]
    public void Split_ShortLineWrappedInsideAName_IsOneSentence()
    {
        const string text = "Leaders gather in New\nYork for the summit.";

        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    public void Split_LinesBrokenByCrOrNel_AreLinesAsWithLf(string lineBreak)
    {
        var text = string.Join(lineBreak, "Talks collapse in Geneva", "", "Delegates walked out on Friday", "", "No new round is planned.");

        var spans = SentenceSplitter.Split(text);

        Assert.Equal(SentenceSplitter.Split(text.Replace(lineBreak, "\n")).Select(s => s.Text), spans.Select(s => s.Text));
        Assert.Equal(3, spans.Count);
    }

    [Theory]
    [InlineData("The sale closed on Friday. $3 billion changed hands, filings showed.", "The sale closed on Friday.", "$3 billion changed hands, filings showed.")]
    [InlineData("Orders fell for a second month. \u20AC2.1 billion of them came from Asia.", "Orders fell for a second month.", "\u20AC2.1 billion of them came from Asia.")]
    public void Split_SentenceOpeningWithAnAmount_IsASentenceOfItsOwn(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Two missiles were fired on Sunday morning\n\u2013 the third launch this month \u2013 the military said.")]
    [InlineData("The envoy left Geneva on Friday\n- a day earlier than planned - without a deal.")]
    public void Split_WrappedLineOpeningWithASpacedDash_GoesOnWithTheSentence(string text)
    {
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Fact]
    public void Split_DashListWithoutAColon_IsStillAList()
    {
        const string text = "Key points\n- talks resume in May\n- sanctions stay in place";

        Assert.Equal(["Key points", "talks resume in May", "sanctions stay in place"], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Fact]
    public void Split_DashListOfSmallLetterItems_IsStillAList()
    {
        const string text = "The envoy asked for three things:\n- a freeze on drills\n- food for the border towns\n\u2013 a date for the next round";

        Assert.Equal(["The envoy asked for three things:", "a freeze on drills", "food for the border towns", "a date for the next round"],
            SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The ministry confirmed the visit.The talks resume on Monday.", "The ministry confirmed the visit.", "The talks resume on Monday.")]
    [InlineData("Exports fell sharply!Officials blamed the strike.", "Exports fell sharply!", "Officials blamed the strike.")]
    [InlineData("Seoul welcomed the offer.\u201CIt is a start,\u201D an aide said.", "Seoul welcomed the offer.", "\u201CIt is a start,\u201D an aide said.")]
    [InlineData("The envoy said, \u201CWe agreed.\u201DThe deal was signed.", "The envoy said, \u201CWe agreed.\u201D", "The deal was signed.")]
    [InlineData("The plan was well-received.Analysts were surprised.", "The plan was well-received.", "Analysts were surprised.")]
    [InlineData("The summit ended without a deal.Tokyo", "The summit ended without a deal.", "Tokyo")]
    [InlineData("The minister resigned.Mr. Kim replaced him.", "The minister resigned.", "Mr. Kim replaced him.")]
    [InlineData("Seoul welcomed the offer.\"It is a start,\" an aide said.", "Seoul welcomed the offer.", "\"It is a start,\" an aide said.")]
    [InlineData("The envoy said, \"We agreed.\"The deal was signed.", "The envoy said, \"We agreed.\"", "The deal was signed.")]
    [InlineData("The envoy left the talks.Gen. Park objected.", "The envoy left the talks.", "Gen. Park objected.")]
    [InlineData("The talks were held in Paris.The envoys left on Friday.", "The talks were held in Paris.", "The envoys left on Friday.")]
    [InlineData("Kyiv called it \"a welcome step\".Moscow said nothing.", "Kyiv called it \"a welcome step\".", "Moscow said nothing.")]
    [InlineData("The navy tracked a missile.A Japanese ship saw it fall.", "The navy tracked a missile.", "A Japanese ship saw it fall.")]
    [InlineData("Nobody expected the vote.I was stunned, the envoy said.", "Nobody expected the vote.", "I was stunned, the envoy said.")]
    public void Split_NoSpaceAfterASentenceEnd_StillSplits(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Fact]
    public void Split_GluedSentenceEndInAWrappedLine_IsNoHeadline()
    {
        // A line with a sentence end inside is no headline, glued or spaced: the line break is a wrap.
        var text = "The ministry confirmed the visit.The talks with North\nKorea resume on Monday.";

        Assert.Equal(["The ministry confirmed the visit.", "The talks with North\nKorea resume on Monday."],
            SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Read the statement at www.Reuters.com before the briefing.")]
    [InlineData("Write to jane.Doe@example.org for the full text.")]
    [InlineData("The U.S.Army denied the report.")]
    [InlineData("The site runs on ASP.NET and was hacked.")]
    [InlineData("Growth was 2.Five analysts disagreed.")]
    [InlineData("It will be Arsenal vs.Chelsea on Sunday.")]
    [InlineData("The files are at example.Org/Reports and were leaked.")]
    [InlineData("The code calls item.ToString and fails.")]
    [InlineData("She met J.Smith at the embassy.")]
    [InlineData("Prices are listed at apple.Com now, the company said.")]
    [InlineData("The budget.Xlsx file was leaked to reporters.")]
    [InlineData("The story at bbc.co.uk/news/uk-politics.Html was updated.")]
    public void Split_StopInsideANameOrAddress_KeepsOneSentence(string text)
    {
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Growth of 2.5 percent is due by 2047.Polish officials said so.", "Growth of 2.5 percent is due by 2047.", "Polish officials said so.")]
    [InlineData("Version 3.0.1 replaced v1.2 in 2047.The envoys agreed.", "Version 3.0.1 replaced v1.2 in 2047.", "The envoys agreed.")]
    [InlineData("Talks began at 10.30 and turnout hit 1,200.The count was slow.", "Talks began at 10.30 and turnout hit 1,200.", "The count was slow.")]
    [InlineData("Section 12.Remedies and Section 2.3 apply from 2047.A new court rules.", "Section 12.Remedies and Section 2.3 apply from 2047.", "A new court rules.")]
    [InlineData("On 15.March the plan fixed 2047.Polish officials agreed.", "On 15.March the plan fixed 2047.", "Polish officials agreed.")]
    [InlineData("The first tranche of \u20AC2.5bn was paid, the rest $300.The talks went on.", "The first tranche of \u20AC2.5bn was paid, the rest $300.", "The talks went on.")]
    public void Split_NoSpaceAfterANumber_SplitsButNotInDecimalsVersionsTimesOrSectionNumbers(string text, string first, string second)
    {
        // A number of two digits or more ends a glued sentence (one of one digit only between small letters or a month and a
        // sentence opener: "...rose by 3.The"), though not one a word numbers ("Section 12.Remedies"), nor
        // before a month ("15.March"); decimals, versions, times and section numbers have a digit after the stop.
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The U.S.Army imposed sanctions on the EU.The talks collapsed.", "The U.S.Army imposed sanctions on the EU.", "The talks collapsed.")]
    [InlineData("It runs on ASP.NET, said the G7.The talks ended.", "It runs on ASP.NET, said the G7.", "The talks ended.")]
    [InlineData("Talks at NATO.Officials left.", "Talks at NATO.", "Officials left.")]
    [InlineData("Leaders read report.PDF and user.ID files, and the summit was agreed.G7 leaders then met.",
        "Leaders read report.PDF and user.ID files, and the summit was agreed.", "G7 leaders then met.")]
    [InlineData("The talks ended.EU leaders left.", "The talks ended.", "EU leaders left.")]
    public void Split_NoSpaceAfterOrBeforeAnAcronym_SplitsButNotInDottedAcronymsOrFileNames(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The code reads list.Count and fails.")]
    [InlineData("The band No.Two topped the chart.")]
    public void Split_SmallLetterWordGluedToACapitalisedName_KeepsOneSentence(string text)
    {
        // "list.Count": a common member name of code; "No.Two": a rank, as "No. 2".
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Talks ended in Moscow.Mongolia's envoy left.", "Talks ended in Moscow.", "Mongolia's envoy left.")]
    [InlineData("They met in Tehran.Washington, however, objected.", "They met in Tehran.", "Washington, however, objected.")]
    [InlineData("He said so on Monday.Exports rose.", "He said so on Monday.", "Exports rose.")]
    [InlineData("Aid reached Gaza.A convoy followed.", "Aid reached Gaza.", "A convoy followed.")]
    [InlineData("Talks were held in Doha.UN envoys attended.", "Talks were held in Doha.", "UN envoys attended.")]
    public void Split_GluedEndAfterAName_Splits(string text, string first, string second)
    {
        // A capitalised word of three letters or more that is no abbreviation ends a glued sentence as small letters do.
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The school was hit by a missile.Children were among the dead.", "The school was hit by a missile.", "Children were among the dead.")]
    [InlineData("Verstappen won the race.Max Verstappen said he was delighted.", "Verstappen won the race.", "Max Verstappen said he was delighted.")]
    [InlineData("The talks ended without a deal.Key questions remain.", "The talks ended without a deal.", "Key questions remain.")]
    [InlineData("Mortgage rates rose again.Property prices fell.", "Mortgage rates rose again.", "Property prices fell.")]
    [InlineData("The plan was kept secret.Text messages showed it.", "The plan was kept secret.", "Text messages showed it.")]
    public void Split_GluedSentenceOpeningWithAWordThatIsAlsoACodeName_Splits(string text, string first, string second)
    {
        // Only names that are code's alone ("list.Count") keep a glued stop whole; everyday words open news sentences.
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("He lives in St.Louis now.")]
    [InlineData("The order came from Gen.Milley himself.")]
    [InlineData("Acme Corp.Shares rose.")]
    [InlineData("She met Gov.Hochul today.")]
    [InlineData("He met Jan.Smith at noon.")]
    [InlineData("Call String.Length here.")]
    public void Split_AbbreviationOrMemberGluedToACapital_KeepsOneSentence(string text)
    {
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Beijing's answer was no.Xi Jinping said so.", "Beijing's answer was no.", "Xi Jinping said so.")]
    [InlineData("The envoy called it a work of art.Li Qiang agreed.", "The envoy called it a work of art.", "Li Qiang agreed.")]
    [InlineData("The vote was a clear no.Civil servants went on strike.", "The vote was a clear no.", "Civil servants went on strike.")]
    public void Split_GluedEndAfterANumberingAbbreviationBeforeANameOfRomanLetters_Splits(string text, string first, string second)
    {
        // A Roman numeral after "no." or "vol." is written in capitals ("vol.IV"); "Xi", "Li" or "Civil" are words.
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Fact]
    public void Split_NumberingAbbreviationGluedToARomanNumeral_KeepsOneSentence()
    {
        const string text = "The map is in vol.IV of the report.";

        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The talks stalled.Brazil, which chairs the group, said nothing.", "The talks stalled.", "Brazil, which chairs the group, said nothing.")]
    [InlineData("The vote was delayed.Germany; France and Italy agreed.", "The vote was delayed.", "Germany; France and Italy agreed.")]
    public void Split_GluedNameGoingOnWithPunctuation_Splits(string text, string first, string second)
    {
        // A glued news sentence that opens with a name and a comma is far more common than a user name ("john.Smith, the clerk").
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Fact]
    public void Split_LineWithAGluedEndAfterAnAcronym_IsNoHeadline()
    {
        // The headline check reads glued ends as the split does: the line holds a sentence end, so its break is a wrap.
        const string text = "Brussels lifted its sanctions on the EU.The talks with North\nKorea resume on Monday.";

        Assert.Equal(["Brussels lifted its sanctions on the EU.", "The talks with North\nKorea resume on Monday."],
            SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("U.S. Treasury sanctions three banks\nThe move targets lenders in Dubai.")]
    [InlineData("Sen. Warren unveils housing plan\nThe Massachusetts Democrat spoke in Boston.")]
    [InlineData("George W. Bush returns to Texas\nThe former president spoke on Sunday.")]
    [InlineData("Mr. Kim visits Seoul for talks\nThe North Korean envoy arrived on Tuesday.")]
    public void Split_HeadlineWithAnAbbreviationBeforeACapital_IsAHeadline(string text)
    {
        // A dotted acronym, title or initial before a capital is no sentence end, in a headline as in the split.
        Assert.Equal(text.Split('\n'), SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Fact]
    public void Split_LineWithASpacedSentenceEnd_IsNoHeadline()
    {
        const string text = "Talks end. Envoys leave Geneva\nThe next round is set for March.";

        Assert.Equal(["Talks end.", "Envoys leave Geneva\nThe next round is set for March."], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Prices fall at apple.Com\nThe company cut its prices on Monday.")]
    [InlineData("Bug found in list.Count\nDevelopers patched the library on Monday.")]
    public void Split_LineWhoseOnlyStopIsInAName_CanBeAHeadline(string text)
    {
        // A stop the split does not take for a sentence end ("apple.Com", "list.Count") does not keep a line from being a headline.
        Assert.Equal(text.Split('\n'), SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Split_EmptyOrWhiteSpace_GivesNoSentences(string text) => Assert.Empty(SentenceSplitter.Split(text));

    [Fact]
    public void Split_Null_Throws() => Assert.Throws<ArgumentNullException>("text", () => SentenceSplitter.Split(null!));
}
