using Classifier.Articles;

namespace Classifier.Tests.Articles;

public sealed class BoilerplateTests
{
    [Theory]
    [InlineData("Our site relies on cookies to tailor what you see.")]
    [InlineData("Keep browsing and we take it you agree, or opt out in your privacy settings at any time.")]
    [InlineData("We use cookies to personalise content and ads; see our privacy policy.")]
    [InlineData("Sign up for our morning newsletter and get the day's top stories in your inbox.")]
    [InlineData("Sign in to your account to keep reading.")]
    [InlineData("Please enable JavaScript or update your browser to watch this video.")]
    [InlineData("Share this article with your friends.")]
    [InlineData("Accept")]
    [InlineData("Accept all cookies")]
    [InlineData("Accept all cookies to continue.")]
    [InlineData("Accept all cookies to continue reading.")] // scored as prose before
    [InlineData("Continue reading")]
    [InlineData("Accept cookies and continue")]
    [InlineData("Reject all cookies")]
    [InlineData("Continue without accepting")]
    [InlineData("Manage cookie preferences")]
    [InlineData("Change privacy settings")]
    [InlineData("Cookie policy")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Read more:")]
    [InlineData("© 2026 Example News Agency.")]
    [InlineData("Copyright 2026 Example Media Group. All rights reserved.")]
    [InlineData("All rights reserved.")]
    [InlineData("Example Media Group, all rights reserved")]
    [InlineData("(Reporting by Jane Doe; Editing by Lee Park)")]
    [InlineData("Reporting by Jane Doe in Seoul; Writing by Sam Lee; Editing by Ana Ruiz")]
    [InlineData("By Jane Smith")]
    [InlineData("By Jane Smith and Lee Min-ji")]
    [InlineData("By J.K. Lee Jr.")]
    [InlineData("Example Media \u00A9 2026 All Rights Reserved Powered by WordPress")]
    [InlineData("2026 Example Media - All rights reserved - Contact us")]
    [InlineData("By Anna Novak, Lee Min-ji and Omar S.")]
    [InlineData("FILE PHOTO: Soldiers stand guard at the border crossing.")]
    [InlineData("Updated 3 hours ago")]
    [InlineData("READ MORE: North Korea fires two missiles into the sea")]
    [InlineData("Related: Seoul offers aid to the North")]
    [InlineData("Published: 14 March 2026, 09:30 GMT")]
    [InlineData("If you continue to use our website you consent to the use of cookies as stated in our Cookie Policy.")]
    [InlineData("Sign up for our newsletter to be told first when news breaks.")]
    [InlineData("We use cookies according to our privacy policy.")]
    [InlineData("Sign up to our newsletter to hear when new deals are announced.")]
    [InlineData("Please disable your ad blocker; our journalism says what others won't.")]
    [InlineData("Subscribe to our newsletter, you said, and we listened.")]
    [InlineData("By Maria Lindqvist, Brussels correspondent")] // a byline with the writer's role
    [InlineData("By Tom Okafor and Ines Duarte, staff writers")]
    [InlineData("By Lee Min-ji in Seoul")]
    [InlineData("Updated 3:45 p.m. ET, Oct. 4, 2025")] // a time stamp whose abbreviations have full stops
    [InlineData("Published Dec. 2, 2025 at 9 a.m.")]
    [InlineData("Share this article on Facebook, X or LinkedIn.")] // a share prompt without "you"
    [InlineData("Follow us on Instagram")]
    [InlineData("Share this story via WhatsApp, Telegram, or email")]
    [InlineData("We have updated our privacy policy, and you told us you like our newsletter.")]
    public void IsBoilerplate_PageFurniture_True(string sentence) => Assert.True(Boilerplate.IsBoilerplate(sentence));

    [Theory]
    [InlineData("Regulators fined the retailer for setting advertising cookies without consent.")]
    [InlineData("The ministry said subscribers to the state broadcaster would see fees rise next year.")]
    [InlineData("\u201CYou can subscribe to our vision or not,\u201D the minister told the cookie makers' union.")]
    [InlineData("\"Sign up now or lose the subsidy,\" farmers were told, according to our correspondent.")]
    [InlineData("Seoul will accept the offer of talks, a spokesman said.")]
    [InlineData("Accept cookies, regulators told the retailer, or face a fine.")]
    [InlineData("Manage expectations, the minister said.")]
    [InlineData("Both sides agreed to share intelligence on missile launches.")]
    [InlineData("Several countries may opt out of the new emissions scheme.")]
    [InlineData("Tensions have risen since the joint exercises.")]
    [InlineData("It is a bad sign in a negotiation when you already know how the other side will vote.")]
    [InlineData("US pursuing hostile policy")]
    [InlineData("By Tuesday the talks had collapsed.")]
    [InlineData("Read more carefully, the statement leaves room for talks.")]
    [InlineData("WATCH: Protesters march on parliament as the budget vote nears")]
    [InlineData("By contrast, exports rose for a third month.")]
    [InlineData("Editing the constitution by decree angered the opposition.")]
    [InlineData("Updated figures showed exports rose 5 percent in 2025.")]
    [InlineData("Updated May forecasts show growth slowing to 2 percent.")]
    [InlineData("Published reports said the minister would resign by 2027.")]
    [InlineData("The court ruled that all rights reserved to the old monarchy had lapsed with the 1948 constitution.")]
    [InlineData("The court ruled that copyright holders keep all rights reserved under the 1976 act.")]
    [InlineData("2024 was the year the publisher claimed all rights reserved for its archive.")]
    [InlineData("The \u00A9 symbol does not mean all rights reserved, the judge said.")]
    [InlineData("The state said it would keep all rights reserved.")]
    [InlineData("Our newsletter-style briefings to investors, the central bank said, would stop.")]
    [InlineData("Your cookies and browsing data were sold to advertisers, according to the regulator.")]
    [InlineData("Your browsing data was shared with advertisers, the watchdog told parliament.")]
    [InlineData("Our subscribers will get refunds, said the regulator, after the newsletter breach.")]
    [InlineData("By Friday, most delegates had left.")]
    [InlineData("Share the burden with allies, the minister urged.")]
    [InlineData("Send the report to parliament, the minister urged.")]
    [InlineData("Post the video on social media, police urged residents.")]
    [InlineData("Share the video with police, officers urged.")]
    [InlineData("Email the report to the committee by Friday.")]
    [InlineData("Share this story with the world, the activists said.")]
    [InlineData("Follow us to the border, the protesters told reporters.")]
    [InlineData("Updated May forecasts, published on Friday, show growth slowing to 2 percent.")]
    [InlineData("By Christmas Eve.")] // a date, not a name: a byline ends with a full stop only after an initial or a short suffix
    [InlineData("")]
    public void IsBoilerplate_Prose_False(string sentence) => Assert.False(Boilerplate.IsBoilerplate(sentence));

    [Fact]
    public void IsBoilerplate_LongSentenceAddressingTheReader_False()
    {
        var sentence = "If you follow the talks closely you will see that our negotiators, who met their counterparts three times in "
            + "the capital this month and twice more at the border, never once agreed to lift the sanctions that cover cookies, "
            + "fuel, fertiliser and spare parts for the ageing power grid.";

        Assert.True(sentence.Split(' ').Length > Boilerplate.MaxWords);
        Assert.False(Boilerplate.IsBoilerplate(sentence));
    }

    [Theory]
    [InlineData("sentiment", "train.tsv")]
    [InlineData("sentiment", "test.tsv")]
    [InlineData("stance", "train.tsv")]
    [InlineData("stance", "test.tsv")]
    public void IsBoilerplate_ProjectNewsSentences_NoneFlagged(string task, string file)
    {
        var texts = File.ReadLines(TestPaths.Data(task, file)).Skip(1).Select(l => l.Split('\t')[0]).Distinct().ToArray();

        Assert.True(texts.Length > 500);
        Assert.DoesNotContain(texts, Boilerplate.IsBoilerplate);
    }
}
