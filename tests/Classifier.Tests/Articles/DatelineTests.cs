using Classifier.Articles;

namespace Classifier.Tests.Articles;

/// <summary>Wire datelines at the start of a sentence (<see cref="Dateline"/>).</summary>
public sealed class DatelineTests
{
    [Theory]
    [InlineData("SEOUL (Reuters) - North Korea fired two missiles.", "SEOUL (Reuters) - ")]
    [InlineData("KYIV — Russian drones struck a power plant overnight.", "KYIV — ")]
    [InlineData("CARREFOUR, Haiti — Families returned to their homes.", "CARREFOUR, Haiti — ")]
    [InlineData("WASHINGTON, Dec. 2 (AP) -- The Senate passed the bill.", "WASHINGTON, Dec. 2 (AP) -- ")]
    [InlineData("NEW YORK, March 3 (Reuters) - Stocks rose on Tuesday.", "NEW YORK, March 3 (Reuters) - ")]
    [InlineData("SEOUL, Jan. 14 – North Korea launched two cruise missiles.", "SEOUL, Jan. 14 – ")]
    [InlineData("SÃO PAULO — Brazil's central bank held rates.", "SÃO PAULO — ")]
    [InlineData("SEOUL, March 3 (Reuters) - eBay said it would close its Korean unit.", "SEOUL, March 3 (Reuters) - ")] // a small letter after an agency: still a dateline
    [InlineData("WASHINGTON (AP) — iPhone sales fell in the third quarter.", "WASHINGTON (AP) — ")]
    [InlineData("BRUSSELS/WASHINGTON (Reuters) - European officials met on Monday.", "BRUSSELS/WASHINGTON (Reuters) - ")] // cities joined by a slash
    [InlineData("NEW YORK/LONDON — Shares slid on both sides of the Atlantic.", "NEW YORK/LONDON — ")]
    [InlineData("GENEVA, 5 January (Reuters) - Delegates resumed talks.", "GENEVA, 5 January (Reuters) - ")] // the day first
    [InlineData("BEIJING, 12 Mar. (AFP) - Factory output grew.", "BEIJING, 12 Mar. (AFP) - ")]
    [InlineData("ROME — Italy's senate approved the budget.", "ROME — ")] // a city of four letters
    [InlineData("UK, June 3 (Reuters) - Retail sales rose.", "UK, June 3 (Reuters) - ")] // an abbreviation with a date is a dateline
    public void Length_SentenceOpeningWithADateline_IsTheDatelineWithItsDash(string sentence, string dateline)
    {
        Assert.Equal(dateline.Length, Dateline.Length(sentence));
    }

    [Theory]
    [InlineData("US - China talks resumed in Geneva.")] // a plain hyphen needs a date or an agency
    [InlineData("NATO - Russia council meets on Friday.")]
    [InlineData("North Korea fired two missiles - the third launch this month.")]
    [InlineData("Seoul (Reuters) - North Korea fired two missiles.")] // the place must be in capitals
    [InlineData("CEASEFIRE COLLAPSES AS SHELLING RESUMES")] // a headline in capitals, no dash
    [InlineData("GENEVA — ")] // nothing would be left
    [InlineData("")]
    [InlineData("NATO — the alliance's chief said on Monday — would not send troops.")] // a small letter after the dash: the sentence's own dash
    [InlineData("EU – the bloc's executive – proposed new tariffs.")]
    [InlineData("US, China — the world's two largest economies — agreed to talks.")]
    [InlineData("IAEA (the U.N. watchdog) — the agency said it would inspect the site.")]
    [InlineData("UK – EU relations have improved since the deal.")] // an abbreviation paired with another name
    [InlineData("US — China tensions rose after the drills.")]
    [InlineData("U.S. – Mexico trade grew last year.")]
    [InlineData("IMF — Argentina's deal won approval.")]
    [InlineData("NATO — Russia talks broke down on Friday.")]
    public void Length_NoDateline_IsZero(string sentence)
    {
        Assert.Equal(0, Dateline.Length(sentence));
    }

    [Theory]
    [InlineData("UK – EU relations have improved since the deal.", "United Kingdom")] // was read as the dateline "UK – "
    [InlineData("BRUSSELS/WASHINGTON (Reuters) - Officials met on Monday to discuss steel.", null)] // "WASHINGTON" was a mention
    public void FindTargets_DefaultModel_ReadsTheOpeningAsItsDatelineRuleSays(string sentence, string? first)
    {
        var targets = StanceClassifier.LoadDefault().FindTargets(sentence);

        if (first is null)
        {
            Assert.Empty(targets);
        }
        else
        {
            Assert.Equal(first, targets[0]);
        }
    }
}
