using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>Names marked as someone who no longer holds office (<see cref="FormerMarker"/>).</summary>
public sealed class FormerMarkerTests
{
    [Theory]
    [InlineData("Former President Donald Trump said the talks had failed.", "Donald Trump")]
    [InlineData("Germany's former chancellor Merkel defended the pipeline.", "Merkel")]
    [InlineData("Former Japanese Prime Minister Shinzo Abe visited Taipei.", "Shinzo Abe")]
    [InlineData("The ex-premier Johnson criticised the deal.", "Johnson")]
    [InlineData("Merkel, the former chancellor, defended the pipeline.", "Merkel")]
    [InlineData("Kuleba, a former foreign minister, urged patience.", "Kuleba")]
    [InlineData("Pompeo, ex-secretary of state, spoke in Kyiv.", "Pompeo")]
    [InlineData("Tehran's former nuclear negotiator Zarif said talks could resume.", "Zarif")]
    [InlineData("Former U.S. secretary of state Mike Pompeo spoke in Kyiv.", "Mike Pompeo")]
    public void Marks_NameMarkedAsFormer_ReturnsTrue(string text, string name)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);

        Assert.True(FormerMarker.Marks(text, start, start + name.Length));
    }

    [Theory]
    [InlineData("President Donald Trump said the talks had failed.", "Donald Trump")]
    [InlineData("A former Trump aide said the talks had failed.", "Trump")]
    [InlineData("After meeting the former minister, Lavrov said the talks had failed.", "Lavrov")]
    [InlineData("The former Soviet republic's long-serving and widely feared President Putin spoke.", "Putin")]
    [InlineData("Merkel, the chancellor, defended the pipeline.", "Merkel")]
    [InlineData("Merkel, formerly a physicist, defended the pipeline.", "Merkel")]
    [InlineData("Exxon-backed lawmakers praised Trump.", "Trump")]
    [InlineData("Biden met the former envoy and Xi in Lima.", "Xi")]
    [InlineData("Former President Obama praised Merkel.", "Merkel")]
    [InlineData("The former mayor criticised Xi.", "Xi")]
    public void Marks_NameNotMarkedAsFormer_ReturnsFalse(string text, string name)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);

        Assert.False(FormerMarker.Marks(text, start, start + name.Length));
    }
}
