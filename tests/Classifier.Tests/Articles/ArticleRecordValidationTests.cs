using Classifier.Articles;

namespace Classifier.Tests.Articles;

/// <summary>
/// The article records refuse values no analysis could hold, from their constructors and from <c>with</c> expressions
/// (their <c>init</c> accessors), with messages naming the parameter and the value; and copy the caller's collections.
/// </summary>
public sealed class ArticleRecordValidationTests
{
    private static readonly SentimentResult Positive =
        new("positive", 0.7, new LabelProbabilities([new("negative", 0.1), new("neutral", 0.2), new("positive", 0.7)]));

    private static readonly SentenceSpan Span = new(10, 5, "Hello");

    private static readonly TargetStance Favor = new("China", true, Stance("China"));

    private static SentenceAnalysis Sentence(int index = 0) => new(index, Span, Positive, [Favor]);

    private static StanceResult Stance(string target) =>
        new(target, "favor", 0.6, new LabelProbabilities([new("against", 0.1), new("none", 0.3), new("favor", 0.6)]));

    private static TargetSummary Summary(string overall = "favor") =>
        new("China", 1, Dictionary(("favor", 1)), Dictionary(("against", 0.1), ("none", 0.3), ("favor", 0.6)), overall, null, null);

    private static ArticleSummary ArticleSummary(int sentences = 1, string overall = "positive") =>
        new(sentences, Dictionary(("positive", sentences)), Dictionary(("negative", 0.1), ("neutral", 0.2), ("positive", 0.7)), overall, [Summary()]);

    private static Dictionary<string, T> Dictionary<T>(params (string Key, T Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    private static void Refused<TException>(Func<object> create, string parameter, string message)
        where TException : ArgumentException
    {
        var error = Assert.Throws<TException>(create);
        Assert.Equal(parameter, error.ParamName);
        Assert.Equal($"{message} (Parameter '{parameter}')", error.Message.Split(Environment.NewLine)[0]);
    }

    [Fact]
    public void SentenceSpan_NegativeStart_Throws()
    {
        Refused<ArgumentOutOfRangeException>(() => new SentenceSpan(-3, 5, "Hello"), "Start", "Start is -3; it must be 0 or more.");
        Refused<ArgumentOutOfRangeException>(() => Span with { Start = -1 }, "Start", "Start is -1; it must be 0 or more.");
    }

    [Fact]
    public void SentenceSpan_NullText_Throws()
    {
        Refused<ArgumentNullException>(() => new SentenceSpan(0, 0, null!), "Text", "Text is null.");
        Refused<ArgumentNullException>(() => Span with { Text = null! }, "Text", "Text is null.");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    [InlineData(6)]
    public void SentenceSpan_LengthNotTheTextsLength_Throws(int length) =>
        Refused<ArgumentException>(() => new SentenceSpan(0, length, "Hello"), "Length",
            $"Length is {length}, but Text is 5 characters long; Length is the length of Text.");

    [Fact]
    public void SentenceSpan_EndPastIntMaxValue_Throws()
    {
        Refused<ArgumentOutOfRangeException>(() => new SentenceSpan(int.MaxValue - 2, 5, "Hello"), "Start",
            "Start is 2147483645 and Text is 5 characters long: the span would end past int.MaxValue.");
        Refused<ArgumentOutOfRangeException>(() => Span with { Start = int.MaxValue }, "Start",
            "Start is 2147483647 and Text is 5 characters long: the span would end past int.MaxValue.");
        Refused<ArgumentOutOfRangeException>(() => new SentenceSpan(int.MaxValue - 2, 0, "") with { Text = "Hello" }, "Start",
            "Start is 2147483645 and Text is 5 characters long: the span would end past int.MaxValue.");
    }

    [Fact]
    public void SentenceSpan_WithNewText_LengthAndEndFollow()
    {
        var longer = Span with { Text = "Hello, world" };

        Assert.Equal((12, 22), (longer.Length, longer.End));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void TargetStance_BlankTarget_Throws(string target)
    {
        Refused<ArgumentException>(() => new TargetStance(target, false, null), "Target", "Target is empty or white space; a result's target is a name.");
        Refused<ArgumentException>(() => Favor with { Target = target }, "Target", "Target is empty or white space; a result's target is a name.");
    }

    [Fact]
    public void TargetStance_NullOrTooLongTarget_Throws()
    {
        Refused<ArgumentNullException>(() => new TargetStance(null!, false, null), "Target", "Target is null.");
        Refused<ArgumentException>(() => new TargetStance(new string('x', 301), false, null), "Target",
            "Target is 301 characters long, more than the 300 a target may have (StanceClassifier.MaxTargetLength).");
    }

    [Fact]
    public void TargetStance_MentionedWithoutResult_Throws() =>
        Refused<ArgumentException>(() => new TargetStance("China", true, null), "Result",
            "Result is null, but Mentioned is true; a sentence that names the target is always scored.");

    [Fact]
    public void TargetStance_ResultTowardAnotherTarget_Throws() =>
        Refused<ArgumentException>(() => new TargetStance("China", true, Stance("Russia")), "Result",
            "Result is the stance toward 'Russia', not toward Target 'China'.");

    [Fact]
    public void SentenceAnalysis_NegativeIndex_Throws()
    {
        Refused<ArgumentOutOfRangeException>(() => new SentenceAnalysis(-1, Span, Positive, []), "Index", "Index is -1; it must be 0 or more.");
        Refused<ArgumentOutOfRangeException>(() => Sentence() with { Index = -2 }, "Index", "Index is -2; it must be 0 or more.");
    }

    [Fact]
    public void SentenceAnalysis_NullParts_Throw()
    {
        Refused<ArgumentNullException>(() => new SentenceAnalysis(0, null!, Positive, []), "Span", "Span is null.");
        Refused<ArgumentNullException>(() => new SentenceAnalysis(0, Span, null!, []), "Sentiment", "Sentiment is null.");
        Refused<ArgumentNullException>(() => new SentenceAnalysis(0, Span, Positive, null!), "Stance", "Stance is null.");
        Refused<ArgumentException>(() => new SentenceAnalysis(0, Span, Positive, [Favor, null!]), "Stance", "Stance[1] (0-based) is null; give no null elements.");
        Refused<ArgumentNullException>(() => Sentence() with { Span = null! }, "Span", "Span is null.");
        Refused<ArgumentNullException>(() => Sentence() with { Sentiment = null! }, "Sentiment", "Sentiment is null.");
        Refused<ArgumentException>(() => Sentence() with { Stance = [null!] }, "Stance", "Stance[0] (0-based) is null; give no null elements.");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void SentenceAnalysis_DatelineLengthOutsideTheSentence_Throws(int length)
    {
        Refused<ArgumentOutOfRangeException>(() => new SentenceAnalysis(0, Span, Positive, []) { DatelineLength = length }, "DatelineLength",
            $"DatelineLength is {length}; it must be from 0 to the sentence's length, 5.");
        Refused<ArgumentOutOfRangeException>(() => Sentence() with { DatelineLength = length }, "DatelineLength",
            $"DatelineLength is {length}; it must be from 0 to the sentence's length, 5.");
    }

    [Fact]
    public void SentenceAnalysis_CallersListChangedLater_RecordUnchanged()
    {
        var stance = new List<TargetStance> { Favor };
        var sentence = new SentenceAnalysis(0, Span, Positive, stance);
        var changed = Sentence() with { Stance = stance };
        stance.Add(Favor with { Target = "Russia", Result = Stance("Russia") });

        Assert.Equal([1, 1], [sentence.Stance.Count, changed.Stance.Count]);
        Assert.Throws<NotSupportedException>(() => ((IList<TargetStance>)changed.Stance)[0] = Favor);
    }

    [Fact]
    public void TargetSummary_BadTargetOrCount_Throws()
    {
        Refused<ArgumentException>(() => Summary() with { Target = " " }, "Target", "Target is empty or white space; a result's target is a name.");
        Refused<ArgumentOutOfRangeException>(() => new TargetSummary("China", -1, Dictionary<int>(), Dictionary<double>(), "none", null, null),
            "MentionedIn", "MentionedIn is -1; it must be 0 or more.");
        Refused<ArgumentOutOfRangeException>(() => Summary() with { MentionedIn = -4 }, "MentionedIn", "MentionedIn is -4; it must be 0 or more.");
        Refused<ArgumentException>(() => Summary() with { Counts = Dictionary(("favor", -2)) }, "Counts", "Counts['favor'] is -2; a count is 0 or more.");
        Refused<ArgumentException>(() => Summary() with { Counts = Dictionary(("positive", 2)) }, "Counts",
            "Counts has the key 'positive'; its keys must be labels: against, none, favor.");
        Refused<ArgumentNullException>(() => Summary() with { Counts = null! }, "Counts", "Counts is null.");
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void TargetSummary_MeanOutsideZeroToOne_Throws(double mean)
    {
        var message = FormattableString.Invariant($"MeanProbabilities['none'] is {mean}; a mean probability is a number from 0 to 1.");
        Refused<ArgumentException>(() => new TargetSummary("China", 0, Dictionary<int>(), Dictionary(("none", mean)), "none", null, null), "MeanProbabilities", message);
        Refused<ArgumentException>(() => Summary() with { MeanProbabilities = Dictionary(("none", mean)) }, "MeanProbabilities", message);
    }

    [Fact]
    public void TargetSummary_OverallStanceNotTheHighestMeanLabel_Throws()
    {
        Refused<ArgumentException>(() => Summary("neutral"), "OverallStance", "OverallStance is 'neutral'; it must be one of: against, none, favor.");
        Refused<ArgumentException>(() => Summary() with { OverallStance = "FAVOR" }, "OverallStance", "OverallStance is 'FAVOR'; it must be one of: against, none, favor.");
        Refused<ArgumentNullException>(() => Summary() with { OverallStance = null! }, "OverallStance", "OverallStance is null.");
        Refused<ArgumentException>(() => Summary("none"), "OverallStance",
            "OverallStance is 'none' (mean 0.3), but 'favor' has a higher mean (0.6); it must be the label with the highest mean.");
        Refused<ArgumentException>(() => new TargetSummary("China", 0, Dictionary<int>(), Dictionary<double>(), "favor", null, null), "OverallStance",
            "OverallStance is 'favor', but MeanProbabilities is empty (no sentence was scored); it must be 'none'.");
    }

    [Fact]
    public void TargetSummary_CallersDictionariesChangedLater_RecordUnchanged()
    {
        var counts = Dictionary(("favor", 1));
        var summary = new TargetSummary("China", 1, counts, Dictionary(("favor", 1.0)), "favor", null, null);
        var changed = Summary() with { Counts = counts };
        counts["favor"] = 7;

        Assert.Equal([1, 1], [summary.Counts["favor"], changed.Counts["favor"]]);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, int>)changed.Counts)["favor"] = 0);
    }

    [Fact]
    public void ArticleSummary_BadCounts_Throw()
    {
        Refused<ArgumentOutOfRangeException>(() => ArticleSummary(-1), "Sentences", "Sentences is -1; it must be 0 or more.");
        Refused<ArgumentOutOfRangeException>(() => ArticleSummary() with { Sentences = -3 }, "Sentences", "Sentences is -3; it must be 0 or more.");
        Refused<ArgumentOutOfRangeException>(() => ArticleSummary() with { BoilerplateSentences = -1 }, "BoilerplateSentences",
            "BoilerplateSentences is -1; it must be 0 or more.");
        Refused<ArgumentException>(() => ArticleSummary() with { SentimentCounts = Dictionary(("favor", 1)) }, "SentimentCounts",
            "SentimentCounts has the key 'favor'; its keys must be labels: negative, neutral, positive.");
        Refused<ArgumentException>(() => ArticleSummary() with { MeanSentiment = Dictionary(("neutral", 2.0)) }, "MeanSentiment",
            "MeanSentiment['neutral'] is 2; a mean probability is a number from 0 to 1.");
        Refused<ArgumentNullException>(() => ArticleSummary() with { MeanSentiment = null! }, "MeanSentiment", "MeanSentiment is null.");
    }

    [Fact]
    public void ArticleSummary_OverallSentimentNotTheHighestMeanLabel_Throws()
    {
        Refused<ArgumentException>(() => ArticleSummary(overall: "none"), "OverallSentiment",
            "OverallSentiment is 'none'; it must be one of: negative, neutral, positive.");
        Refused<ArgumentException>(() => ArticleSummary() with { OverallSentiment = "none" }, "OverallSentiment",
            "OverallSentiment is 'none'; it must be one of: negative, neutral, positive.");
        Refused<ArgumentException>(() => ArticleSummary(overall: "negative"), "OverallSentiment",
            "OverallSentiment is 'negative' (mean 0.1), but 'neutral' has a higher mean (0.2); it must be the label with the highest mean.");
        Refused<ArgumentException>(() => ArticleSummary(sentences: 0), "OverallSentiment",
            "OverallSentiment is 'positive', but Sentences is 0; an empty article's sentiment is 'neutral'.");
    }

    [Fact]
    public void ArticleSummary_NullTargets_Throw()
    {
        Refused<ArgumentNullException>(() => ArticleSummary() with { Targets = null! }, "Targets", "Targets is null.");
        Refused<ArgumentException>(() => ArticleSummary() with { Targets = [Summary(), null!] }, "Targets", "Targets[1] (0-based) is null; give no null elements.");
    }

    [Fact]
    public void ArticleAnalysis_NullOrMisorderedSentences_Throw()
    {
        Refused<ArgumentNullException>(() => new ArticleAnalysis(null!, ArticleSummary()), "Sentences", "Sentences is null.");
        Refused<ArgumentNullException>(() => new ArticleAnalysis([Sentence()], null!), "Summary", "Summary is null.");
        Refused<ArgumentException>(() => new ArticleAnalysis([Sentence(), null!], ArticleSummary()), "Sentences", "Sentences[1] (0-based) is null; give no null elements.");
        Refused<ArgumentException>(() => new ArticleAnalysis([Sentence(1), Sentence(0)], ArticleSummary()), "Sentences",
            "Sentences[1] (0-based) has Index 0, not greater than Sentences[0]'s 1; give the sentences in order, each once.");
        var analysis = new ArticleAnalysis([Sentence(0), Sentence(2)], ArticleSummary());
        Refused<ArgumentException>(() => analysis with { Sentences = [Sentence(0), Sentence(0)] }, "Sentences",
            "Sentences[1] (0-based) has Index 0, not greater than Sentences[0]'s 0; give the sentences in order, each once.");
        Refused<ArgumentNullException>(() => analysis with { Summary = null! }, "Summary", "Summary is null.");
    }

    [Fact]
    public void ArticleAnalysis_CallersListChangedLater_RecordUnchanged()
    {
        var sentences = new List<SentenceAnalysis> { Sentence() };
        var analysis = new ArticleAnalysis(sentences, ArticleSummary());
        sentences.Add(Sentence(1));

        Assert.Single(analysis.Sentences);
        Assert.Throws<NotSupportedException>(() => ((IList<SentenceAnalysis>)analysis.Sentences)[0] = Sentence(3));
    }
}
