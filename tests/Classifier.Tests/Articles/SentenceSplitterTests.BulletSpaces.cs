using Classifier.Articles;

namespace Classifier.Tests.Articles;

/// <summary>
/// A bullet marker followed by a no-break space (as web pages write "&amp;bull;&amp;nbsp;" or "-&amp;nbsp;") or indented with
/// no-break spaces: such a list used to read as one sentence, markers and all.
/// </summary>
public sealed partial class SentenceSplitterTests
{
    [Theory]
    [InlineData("\u2022\u00A0")]
    [InlineData("-\u00A0")]
    [InlineData("1.\u00A0")]
    [InlineData("\u00A0\u00A0\u2022 ")]
    [InlineData("\u2022\u202F")]
    public void Split_BulletMarkerWithANoBreakSpace_IsAListItem(string marker)
    {
        var text = $"Key points:\n{marker}Talks resumed on Tuesday\n{marker}Sanctions stay in place\n{marker}China objected";

        var spans = SentenceSplitter.Split(text);

        Assert.Equal(["Key points:", "Talks resumed on Tuesday", "Sanctions stay in place", "China objected"], spans.Select(s => s.Text));
    }
}
