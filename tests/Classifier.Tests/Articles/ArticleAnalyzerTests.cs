using System.Text.Json;
using Classifier.Articles;
using Classifier.Tests.Cli;

using Classifier.Tests.Training;

namespace Classifier.Tests.Articles;

[Collection(AnalysisCollection.Name)]
public sealed class ArticleAnalyzerTests(TrainingFixture sentiment, Classifier.Tests.Stance.StanceFixture stance)
{
    private readonly AnalysisFixture fixture = new(sentiment, stance);

    /// <summary>A cookie banner written for these tests: page furniture, not article prose.</summary>
    private const string CookieNotice = "Our site relies on cookies to tailor what you see.";

    private const string CookieConsent = "Keep browsing and we take it you agree, or opt out in your privacy settings at any time.";

    private static readonly string[] Targets = ["South Korea", "United States", "China", "Japan", "United Nations", "Taiwan"];

    [Fact]
    public void Analyze_SampleArticle_SentencesMatchTheSplitterAndOffsets()
    {
        var analysis = fixture.Analyzer.Analyze(fixture.Article, Targets);

        Assert.Equal(SentenceSplitter.Split(fixture.Article), analysis.Sentences.Select(s => s.Span));
        Assert.All(analysis.Sentences, s => Assert.Equal(s.Text, fixture.Article.Substring(s.Span.Start, s.Span.Length)));
        Assert.Equal(analysis.Sentences.Count, analysis.Summary.SentimentCounts.Values.Sum());
        Assert.Equal(1.0, analysis.Summary.MeanSentiment.Values.Sum(), 1e-9);
    }

    [Fact]
    public void Analyze_PageFurniture_MarkedAndLeftOutOfTheSummary()
    {
        var article = fixture.Article + $"\n\n{CookieNotice} {CookieConsent}\n\nAccept\n";
        var plain = fixture.Analyzer.Analyze(fixture.Article, Targets);

        var analysis = fixture.Analyzer.Analyze(article, Targets);

        Assert.Equal(plain.Sentences.Count + 3, analysis.Sentences.Count);
        Assert.Equal([false, true, true, true], analysis.Sentences.Skip(plain.Sentences.Count - 1).Select(s => s.IsBoilerplate));
        Assert.Equal(3, analysis.Summary.BoilerplateSentences);
        Assert.Equal(plain.Summary with { BoilerplateSentences = 3 }, analysis.Summary, new SummaryComparer());
        Assert.All(analysis.Sentences.TakeLast(3), s => Assert.Equal(3, s.Sentiment.Probabilities.Count));
    }

    [Fact]
    public void Analyze_KeepBoilerplate_CountsEverySentence()
    {
        var article = fixture.Article + $"\n\n{CookieNotice}\n\nAccept\n";

        var analysis = fixture.Analyzer.Analyze(article, Targets, new AnalysisOptions { SkipBoilerplate = false });

        Assert.All(analysis.Sentences, s => Assert.False(s.IsBoilerplate));
        Assert.Equal(0, analysis.Summary.BoilerplateSentences);
        Assert.Equal(analysis.Sentences.Count, analysis.Summary.Sentences);
        Assert.Equal(analysis.Sentences.Count, analysis.Summary.SentimentCounts.Values.Sum());
        Assert.Equal(analysis.Sentences.Count, analysis.Summary.Targets.Single(t => t.Target == "Taiwan").Counts["none"]);
    }

    [Fact]
    public void Analyze_NamesOfOneTargetGivenTwice_ReportedOnceUnderTheFirstName()
    {
        var analysis = ArticleAnalyzer.LoadDefault().Analyze("Beijing condemned the drills. Seoul said little.", ["China", "China", "Beijing", "South Korea"]);

        Assert.Equal(["China", "South Korea"], analysis.Summary.Targets.Select(t => t.Target));
        Assert.All(analysis.Sentences, s => Assert.Equal(2, s.Stance.Count));
    }

    [Fact]
    public void Analyze_UnknownTargetWrittenWithTwoApostrophes_ReportedOnce()
    {
        // Names the table does not know were merged as written: "Acme’s bid" and "Acme's bid" gave two summaries alike.
        var analysis = ArticleAnalyzer.LoadDefault().Analyze("Shareholders rejected Acme's bid on Friday.", ["Acme\u2019s bid", "Acme's bid", "\"Acme's bid\""]);

        Assert.Equal(["Acme\u2019s bid"], analysis.Summary.Targets.Select(t => t.Target));
    }

    [Fact]
    public void Analyze_UnmentionedTarget_CountsAsNoneWithoutScoring()
    {
        var analysis = fixture.Analyzer.Analyze(fixture.Article, Targets);
        var taiwan = analysis.Summary.Targets.Single(t => t.Target == "Taiwan");

        Assert.Equal(0, taiwan.MentionedIn);
        Assert.Equal(analysis.Sentences.Count, taiwan.Counts["none"]);
        Assert.Empty(taiwan.MeanProbabilities);
        Assert.All(analysis.Sentences, s => Assert.Null(s.Stance.Single(t => t.Target == "Taiwan").Result));
    }

    [Fact]
    public void Analyze_MentionedTargets_AreScoredOnlyWhereMentioned()
    {
        var analysis = fixture.Analyzer.Analyze(fixture.Article, Targets);

        foreach (var target in Targets)
        {
            var rows = analysis.Sentences.Select(s => s.Stance.Single(t => t.Target == target)).ToArray();
            Assert.All(rows, r => Assert.Equal(r.Mentioned, r.Result is not null));
            Assert.Equal(rows.Count(r => r.Mentioned), analysis.Summary.Targets.Single(t => t.Target == target).MentionedIn);
        }

        Assert.True(analysis.Summary.Targets.Single(t => t.Target == "South Korea").MentionedIn >= 3);
    }

    [Fact]
    public void Analyze_ScoreUnmentioned_ScoresEverySentence()
    {
        var analysis = fixture.Analyzer.Analyze(fixture.Article, ["Taiwan"], new AnalysisOptions { ScoreUnmentionedTargets = true });

        Assert.All(analysis.Sentences, s => Assert.NotNull(s.Stance[0].Result));
        Assert.Equal(3, analysis.Summary.Targets[0].MeanProbabilities.Count);
    }

    [Fact]
    public void Analyze_MostFavorableAndHostile_HaveThoseLabels()
    {
        var analysis = fixture.Analyzer.Analyze(fixture.Article, Targets);

        foreach (var t in analysis.Summary.Targets)
        {
            var i = Array.IndexOf(Targets, t.Target);
            if (t.MostFavorable is { } f)
            {
                Assert.Equal("favor", f.Stance[i].Label);
            }

            if (t.MostHostile is { } h)
            {
                Assert.Equal("against", h.Stance[i].Label);
            }
        }
    }

    [Fact]
    public void Analyze_SentenceWithADateline_ScoredWithoutItAndTextKept()
    {
        const string body = "North Korea said it would reopen a military hotline with South Korea but dismissed offers of talks from Washington.";
        const string article = "SEOUL (Wire) - " + body;

        var analysis = fixture.Analyzer.Analyze(article, ["South Korea", "United States"]);

        var sentence = Assert.Single(analysis.Sentences);
        Assert.Equal(article, sentence.Text);
        Assert.Equal("SEOUL (Wire) - ".Length, sentence.DatelineLength);
        Assert.Equal(fixture.Analyzer.Sentiment.Predict(body).Probabilities, sentence.Sentiment.Probabilities);
        Assert.Equal(fixture.Analyzer.Stance.Predict(body, "South Korea").Probabilities, sentence.Stance[0].Result!.Probabilities);
    }

    [Fact]
    public void Analyze_SkipDatelinesOff_ScoresTheWholeSentence()
    {
        const string article = "SEOUL (Wire) - North Korea said it would reopen a military hotline with South Korea.";

        var analysis = fixture.Analyzer.Analyze(article, ["South Korea"], new AnalysisOptions { SkipDatelines = false });

        var sentence = Assert.Single(analysis.Sentences);
        Assert.Equal(0, sentence.DatelineLength);
        Assert.Equal(fixture.Analyzer.Stance.Predict(article, "South Korea").Probabilities, sentence.Stance[0].Result!.Probabilities);
    }

    [Fact]
    public void FindTargets_PlaceNamedOnlyInTheDateline_NotFoundUnlessDatelinesKept()
    {
        const string article = "SEOUL (Wire) - Talks between the two parties resumed on Tuesday after a long freeze.";

        Assert.Empty(fixture.Analyzer.FindTargets(article));
        Assert.Equal(["South Korea"], fixture.Analyzer.FindTargets(article, new AnalysisOptions { SkipDatelines = false }));
    }

    [Fact]
    public void Analyze_PlaceNamedOnlyInTheDateline_CountsAsNotMentioned()
    {
        var analysis = fixture.Analyzer.Analyze("SEOUL (Wire) - Talks resumed on Tuesday after a long freeze.", ["South Korea"]);

        Assert.False(Assert.Single(analysis.Sentences).Stance[0].Mentioned);
    }

    [Fact]
    public void Analyze_EmptyArticle_GivesNoSentencesAndNeutral()
    {
        var analysis = fixture.Analyzer.Analyze("  \n ", ["China"]);

        Assert.Empty(analysis.Sentences);
        Assert.Equal("neutral", analysis.Summary.OverallSentiment);
        Assert.Equal("none", analysis.Summary.Targets[0].OverallStance);
    }

    [Fact]
    public void AnalyzeCli_TwoTargetsOfOneName_ReportedOnceAndSaidSo()
    {
        // "russia" was dropped without a word, as the same target as "Moscow".
        var path = Path.Combine(TestPaths.RepositoryRoot, "samples", "article.txt");

        var result = CliProcess.Run("analyze", "--file", path, "--target", "Moscow", "--target", "russia", "--target", "China", "--format", "json",
            "--sentiment-model", fixture.SentimentPath, "--stance-model", fixture.StancePath);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("note: --target russia names the same target as --target Moscow (Russia); reported once, as Moscow", result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["Moscow", "China"], json.RootElement.GetProperty("summary").GetProperty("targets").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void AnalyzeCli_Json_HasSentencesAndSummary()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "samples", "article.txt");

        var result = CliProcess.Run("analyze", "--file", path, "--target", "South Korea", "--target", "United States", "--format", "json",
            "--sentiment-model", fixture.SentimentPath, "--stance-model", fixture.StancePath);

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var sentences = json.RootElement.GetProperty("sentences").EnumerateArray().ToArray();
        Assert.Equal(SentenceSplitter.Split(fixture.Article).Count, sentences.Length);
        var first = sentences[0];
        Assert.Equal(fixture.Article[first.GetProperty("start").GetInt32()..first.GetProperty("end").GetInt32()], first.GetProperty("text").GetString());
        Assert.True(first.GetProperty("stance").TryGetProperty("South Korea", out _));
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(sentences.Length, summary.GetProperty("sentences").GetInt32());
        Assert.Contains(summary.GetProperty("targets").GetProperty("United States").GetProperty("stance").GetString(), new[] { "against", "none", "favor" });
    }

    [Fact]
    public void AnalyzeCli_Dateline_LengthInJsonAndZeroWithKeepDatelines()
    {
        var (skipped, kept) = AnalyzeJson(Path.Combine(TestPaths.RepositoryRoot, "samples", "article.txt"), "--keep-datelines");

        var second = skipped.GetProperty("sentences")[1]; // "SEOUL, Jan. 14 – North Korea launched ..."
        Assert.StartsWith("SEOUL, Jan. 14 – ", second.GetProperty("text").GetString());
        Assert.Equal("SEOUL, Jan. 14 – ".Length, second.GetProperty("datelineLength").GetInt32());
        Assert.All(kept.GetProperty("sentences").EnumerateArray(), s => Assert.Equal(0, s.GetProperty("datelineLength").GetInt32()));
    }

    [Fact]
    public void AnalyzeCli_PageFurniture_MarkedInJsonAndCountedOnlyWithKeepBoilerplate()
    {
        var path = Path.Combine(Path.GetTempPath(), $"article-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, fixture.Article + $"\n\n{CookieNotice}\n\nAccept\n");
        try
        {
            var (a, b) = AnalyzeJson(path, "--keep-boilerplate");

            var sentences = a.GetProperty("sentences").EnumerateArray().ToArray();
            Assert.Equal([true, true], sentences.TakeLast(2).Select(s => s.GetProperty("boilerplate").GetBoolean()));
            Assert.False(sentences[^3].GetProperty("boilerplate").GetBoolean());
            Assert.Equal(sentences.Length - 2, a.GetProperty("summary").GetProperty("sentences").GetInt32());
            Assert.Equal(2, a.GetProperty("summary").GetProperty("boilerplateSentences").GetInt32());
            Assert.Equal(sentences.Length, b.GetProperty("summary").GetProperty("sentences").GetInt32());
            Assert.Equal(0, b.GetProperty("summary").GetProperty("boilerplateSentences").GetInt32());
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Compares summaries by their numbers and labels (the records hold dictionaries, which compare by reference).</summary>
    private sealed class SummaryComparer : IEqualityComparer<ArticleSummary>
    {
        public bool Equals(ArticleSummary? x, ArticleSummary? y) => x is not null && y is not null && Key(x) == Key(y);

        public int GetHashCode(ArticleSummary obj) => Key(obj).GetHashCode(StringComparison.Ordinal);

        private static string Key(ArticleSummary s) => JsonSerializer.Serialize(new
        {
            s.Sentences,
            s.BoilerplateSentences,
            s.SentimentCounts,
            s.MeanSentiment,
            s.OverallSentiment,
            Targets = s.Targets.Select(t => new { t.Target, t.MentionedIn, t.Counts, t.MeanProbabilities, t.OverallStance, F = t.MostFavorable?.Index, H = t.MostHostile?.Index }),
        });
    }

    /// <summary><c>analyze --format json</c> on <paramref name="path"/> with the test models, without and with <paramref name="flag"/>.</summary>
    private (JsonElement Default, JsonElement Flagged) AnalyzeJson(string path, string flag)
    {
        string[] common = ["analyze", "--file", path, "--format", "json", "--sentiment-model", fixture.SentimentPath, "--stance-model", fixture.StancePath];
        var plain = CliProcess.Run(common);
        var flagged = CliProcess.Run([.. common, flag]);
        Assert.True(plain.ExitCode == 0, plain.Stderr);
        Assert.True(flagged.ExitCode == 0, flagged.Stderr);
        using var a = JsonDocument.Parse(plain.Stdout);
        using var b = JsonDocument.Parse(flagged.Stdout);
        return (a.RootElement.Clone(), b.RootElement.Clone());
    }
}
