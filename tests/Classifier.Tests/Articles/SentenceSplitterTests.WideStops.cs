using Classifier.Articles;

namespace Classifier.Tests.Articles;

/// <summary>
/// The stops of Chinese and Japanese text: the ideographic full stop 。 (U+3002), the full-width ！ ？ ． (U+FF01, U+FF1F,
/// U+FF0E) and the halfwidth ideographic stop ｡ (U+FF61). They ended no sentence, so "北京表示反对。The ministry said..."
/// or "它说。他说。" stayed one. Such text has no spaces, so a wide stop ends its sentence with none after it; the closing
/// brackets and quotes after it (」』）”) are the sentence's.
/// </summary>
public sealed partial class SentenceSplitterTests
{
    [Theory]
    [InlineData("它说。他说。", "它说。", "他说。")]
    [InlineData("政府は反対した。外務省は声明を出した。", "政府は反対した。", "外務省は声明を出した。")]
    [InlineData("你同意吗？我不同意。", "你同意吗？", "我不同意。")]
    [InlineData("太好了！我们赢了。", "太好了！", "我们赢了。")]
    [InlineData("北京表示反对．外交部发表了声明．", "北京表示反对．", "外交部发表了声明．")]
    [InlineData("ｿｳﾃﾞｽ｡ﾊｲ｡", "ｿｳﾃﾞｽ｡", "ﾊｲ｡")]
    [InlineData("北京表示反对。2019年的协议仍然有效。", "北京表示反对。", "2019年的协议仍然有效。")]
    [InlineData("北京表示反对。iPhone的销量下降了。", "北京表示反对。", "iPhone的销量下降了。")]
    public void Split_CjkSentencesWithNoSpaceAfterTheStop_SplitsAfterEachStop(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("１． ")]
    [InlineData("１） ")]
    [InlineData("1． ")]
    public void Split_FullWidthNumberedListMarker_IsAListItem(string marker)
    {
        var text = $"要点：\n{marker}会谈于周二恢复\n{marker}制裁继续有效";

        Assert.Equal(["要点：", "会谈于周二恢复", "制裁继续有效"], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The ministry objected.北京表示反对。", "The ministry objected.", "北京表示反对。")]
    [InlineData("The ministry objected. 北京表示反对。", "The ministry objected.", "北京表示反对。")]
    [InlineData("Tokyo declined to comment!政府は反対した。", "Tokyo declined to comment!", "政府は反対した。")]
    [InlineData("Seoul welcomed the offer.정부는 환영했다.", "Seoul welcomed the offer.", "정부는 환영했다.")]
    public void Split_EnglishStopBeforeCjkText_EndsTheSentence(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Mr.王 said the talks would go on.")]
    [InlineData("The talks with Dr. 王 went on.")]
    public void Split_AbbreviationBeforeCjkName_KeepsOneSentence(string text)
    {
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("北京表示反对。The ministry said the talks would go on.", "北京表示反对。", "The ministry said the talks would go on.")]
    [InlineData("北京表示反对。 The ministry said the talks would go on.", "北京表示反对。", "The ministry said the talks would go on.")]
    [InlineData("Beijing's reply was short: 北京表示反对！The ministry said no more.", "Beijing's reply was short: 北京表示反对！", "The ministry said no more.")]
    [InlineData("The ministry replied on Tuesday. 「我们反对。」", "The ministry replied on Tuesday.", "「我们反对。」")]
    [InlineData("The ministry replied on Tuesday. “我们反对。”The talks ended.", "The ministry replied on Tuesday.", "“我们反对。”")]
    public void Split_CjkStopBeforeEnglish_EndsTheSentence(string text, string first, string second)
    {
        var spans = SentenceSplitter.Split(text);

        Assert.Equal(first, spans[0].Text);
        Assert.Equal(second, spans[1].Text);
        Assert.All(spans, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Length)));
    }

    [Theory]
    [InlineData("他说：「我们反对。」然后离开了。", "他说：「我们反对。」", "然后离开了。")]
    [InlineData("他说：『我们反对！』然后离开了。", "他说：『我们反对！』", "然后离开了。")]
    [InlineData("他说：“我们反对。”然后离开了。", "他说：“我们反对。”", "然后离开了。")]
    [InlineData("会谈结束（双方未达成协议。）外交部没有评论。", "会谈结束（双方未达成协议。）", "外交部没有评论。")]
    [InlineData("他说：\"我们反对。\"然后离开了。", "他说：\"我们反对。\"", "然后离开了。")]
    [InlineData("北京表示反对。\"我们不会让步，\"他说。", "北京表示反对。", "\"我们不会让步，\"他说。")]
    [InlineData("ﾊｲ｡｣ｿｳﾃﾞｽ｡", "ﾊｲ｡｣", "ｿｳﾃﾞｽ｡")]
    public void Split_ClosingBracketOrQuoteAfterACjkStop_StaysWithItsSentence(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The ministry wrote \"我们坚决反对。\" on its website.")]
    [InlineData("The ministry wrote “我们坚决反对。” on its website.")]
    [InlineData("The ministry wrote \"我们坚决反对。\", adding that talks would go on.")]
    [InlineData("彼は「反対だ。」と述べた。")]
    [InlineData("经济增长率为３．５％。")]
    [InlineData("Growth slowed to 3．5 percent, the bureau said.")]
    [InlineData("１．会谈的背景")]
    public void Split_CjkStopInsideASentence_KeepsOneSentence(string text)
    {
        // A quoted CJK sentence inside English goes on as a quoted English one does, before small letters or a comma;
        // the quotative particle と after a closed quote goes on with it; a full-width point between digits is a decimal's,
        // and one after a number that opens the text a list item's.
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }
}
