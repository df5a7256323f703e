using System.Reflection;
using Classifier.Articles;

namespace Classifier.Tests.Articles;

/// <summary>
/// Page furniture written with no-break or other space separators, as scraped pages write them ("By&#xA0;Jane&#xA0;Smith",
/// "Accept&#xA0;all&#xA0;cookies"), is furniture as with spaces, and prose stays prose: every sentence of
/// <see cref="BoilerplateTests"/> is judged the same with its spaces replaced.
/// </summary>
public sealed class BoilerplateSpacesTests
{
    public static TheoryData<string, string> Sentences()
    {
        var data = new TheoryData<string, string>();
        var texts = typeof(BoilerplateTests).GetMethods()
            .SelectMany(m => m.GetCustomAttributes<InlineDataAttribute>())
            .SelectMany(a => a.GetData(null!))
            .Select(row => (string)row[0])
            .Distinct();
        foreach (var text in texts)
        {
            foreach (var space in new[] { "\u00A0", "\u202F", "\u2007", "\u3000" })
            {
                data.Add(text, space);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void IsBoilerplate_SpacesWrittenAsOtherSpaceSeparators_JudgesAsWithSpaces(string sentence, string space) =>
        Assert.Equal(Boilerplate.IsBoilerplate(sentence), Boilerplate.IsBoilerplate(sentence.Replace(" ", space)));

    [Theory]
    [InlineData("By\u00A0Jane\u00A0Smith")]
    [InlineData("By Jane\u202FSmith and Lee\u00A0Min-ji")]
    [InlineData("Example\u00A0Media\u00A0Group,\u00A0all\u00A0rights\u00A0reserved")]
    [InlineData("Accept\u00A0all\u00A0cookies")]
    public void IsPageLine_FurnitureWithNoBreakSpaces_True(string line) => Assert.True(Boilerplate.IsPageLine(line));

    [Fact]
    public void Sentences_CoverBothVerdicts_SoTheComparisonCanFail()
    {
        var texts = Sentences().Select(row => (string)row[0]).Distinct().ToArray();

        Assert.Contains(texts, t => Boilerplate.IsBoilerplate(t));
        Assert.Contains(texts, t => !Boilerplate.IsBoilerplate(t));
    }
}
