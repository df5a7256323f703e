using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>Names marked as someone who no longer holds office (<see cref="FormerMarker"/>).</summary>
public sealed class FormerMarkerTests
{
    [Theory]
    [InlineData("Former President Donald Trump said the talks had failed.", "Donald Trump", true)]
    [InlineData("Germany's former chancellor Merkel defended the pipeline.", "Merkel", true)]
    [InlineData("Former Japanese Prime Minister Shinzo Abe visited Taipei.", "Shinzo Abe", true)]
    [InlineData("The ex-premier Johnson criticised the deal.", "Johnson", true)]
    [InlineData("Merkel, the former chancellor, defended the pipeline.", "Merkel", true)]
    [InlineData("Kuleba, a former foreign minister, urged patience.", "Kuleba", true)]
    [InlineData("Pompeo, ex-secretary of state, spoke in Kyiv.", "Pompeo", true)]
    [InlineData("Tehran's former nuclear negotiator Zarif said talks could resume.", "Zarif", true)]
    [InlineData("Former U.S. secretary of state Mike Pompeo spoke in Kyiv.", "Mike Pompeo", true)]
    [InlineData("Former 𝐔.𝐒. secretary of state Mike Pompeo spoke in Kyiv.", "Mike Pompeo", true)] // a mathematical bold capital opens a title word
    [InlineData("President Donald Trump said the talks had failed.", "Donald Trump", false)]
    [InlineData("A former Trump aide said the talks had failed.", "Trump", false)]
    [InlineData("After meeting the former minister, Lavrov said the talks had failed.", "Lavrov", false)]
    [InlineData("The former Soviet republic's long-serving and widely feared President Putin spoke.", "Putin", false)]
    [InlineData("Merkel, the chancellor, defended the pipeline.", "Merkel", false)]
    [InlineData("Merkel, formerly a physicist, defended the pipeline.", "Merkel", false)]
    [InlineData("Exxon-backed lawmakers praised Trump.", "Trump", false)]
    [InlineData("Biden met the former envoy and Xi in Lima.", "Xi", false)]
    [InlineData("Former President Obama praised Merkel.", "Merkel", false)]
    [InlineData("The former mayor criticised Xi.", "Xi", false)]
    public void Marks_Name_TrueOnlyWhenMarkedAsFormer(string text, string name, bool expected)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);

        Assert.Equal(expected, FormerMarker.Marks(text, start, start + name.Length));
    }
}
