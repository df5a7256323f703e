using Classifier.Features;

namespace Classifier.Tests.Features;

/// <summary>
/// Text extracted from PDF files keeps the typographic ligatures inside words ("ofﬁcials", "ﬂatly", "proﬁts"). They are
/// read as their letters, so such a sentence scores as the same sentence typed, its spans in the text as given. A
/// sentence of them used to read neutral (0.711) where the typed one is positive (0.977).
/// </summary>
public sealed class LigatureTests
{
    private static StanceClassifier Stance => StanceClassifier.LoadDefault();

    private static SentimentClassifier Sentiment => SentimentClassifier.LoadDefault();

    [Fact]
    public void Of_LatinLigatures_AreReadAsTheirLettersWithSpansOfTheLigature()
    {
        const string text = "The ofﬁcials ﬂatly said \uFB00, \uFB03, \uFB04, \uFB05, \uFB06.";

        var read = ReadingForm.Of(text, int.MaxValue, out var map);

        Assert.Equal("The officials flatly said ff, ffi, ffl, st, st.", read);
        Assert.Equal("ofﬁcials", text[ReadingForm.Original(map, 4, 13).Start..ReadingForm.Original(map, 4, 13).End]);
        Assert.Equal((6, 7), ReadingForm.Original(map, 6, 7));
    }

    [Theory]
    [InlineData("Ofﬁcials said the proﬁts ﬂoated higher on a ﬁrm outlook.", "Officials said the profits floated higher on a firm outlook.")]
    [InlineData("The conﬂict hurt the ﬁnancial ﬁgures badly.", "The conflict hurt the financial figures badly.")]
    public void Predict_LigaturesInsideWords_ScoresAsTheTypedSentence(string pdf, string typed)
    {
        var expected = Sentiment.Predict(typed);

        var actual = Sentiment.Predict(pdf);

        Assert.Equal(Sentiment.Labels.Select(l => expected.Probabilities[l]), Sentiment.Labels.Select(l => actual.Probabilities[l]));
    }

    [Fact]
    public void FindMentions_LigatureInsideName_SpanCoversTheNameAsGiven()
    {
        const string text = "Ofﬁcials in Soﬁa welcomed the offer from the Oval Ofﬁce.";

        var spans = Stance.FindMentions(text, "Bulgaria");

        Assert.Equal(["Soﬁa"], spans.Select(s => text.Substring(s.Start, s.Length)));
        Assert.Equal(["Bulgaria", "United States"], Stance.FindTargets(text));
        Assert.Equal(
            Stance.Labels.Select(l => Stance.Predict("Officials in Sofia welcomed the offer from the Oval Office.", "Bulgaria").Probabilities[l]),
            Stance.Labels.Select(l => Stance.Predict(text, "Bulgaria").Probabilities[l]));
    }
}
