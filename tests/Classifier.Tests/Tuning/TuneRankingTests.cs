using Classifier.Features;
using Classifier.Training.Commands;
using Classifier.Training.Training;
using Classifier.Training.Tuning;

namespace Classifier.Tests.Tuning;

/// <summary>
/// `tune`'s ranking table: on an 80-column terminal the full table squeezed every column to a few letters and wrapped the
/// settings a word a line; a narrow console gets a table whose settings keep the line's room.
/// </summary>
public sealed class TuneRankingTests
{
    private static readonly Candidate Words = new("features", new FeaturizerSettings { WordNgramMax = 3 }, new TrainerSettings { Trainer = "sdca", L2 = 1e-4f });

    [Theory]
    [InlineData(ClassifierTask.Sentiment, "macroF1")]
    [InlineData(ClassifierTask.Stance, "favg")]
    public void Write_EightyColumns_SettingsOnOneLineAndNothingWider(ClassifierTask task, string metric)
    {
        var best = Result(Words, 0.70, rejected: null);
        var text = Render(80, task, metric, [best, Result(Words, 0.68, rejected: null), Result(Words, 0.72, rejected: "model 12.0 MB > 10 MB")], best);
        var lines = text.Split('\n');

        Assert.All(lines, line => Assert.True(line.Length <= 80, $"{line.Length}: {line}"));
        var settings = Words.Describe(task);
        Assert.Equal(3, lines.Count(line => line.Contains(settings, StringComparison.Ordinal)));
        Assert.Contains("#1 is chosen.", lines);
        Assert.Contains("#3 rejected: model 12.0 MB > 10 MB", lines);
    }

    [Fact]
    public void Write_WideConsole_FullTableWithStageAndEveryMetric()
    {
        var best = Result(Words, 0.70, rejected: null);
        var text = Render(200, ClassifierTask.Stance, "macroF1", [best], best);

        Assert.Contains("score (macroF1)", text, StringComparison.Ordinal);
        Assert.Contains("F_avg", text, StringComparison.Ordinal);
        Assert.Contains("│ features │", text, StringComparison.Ordinal);
        Assert.Contains("chosen", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(200)]
    public void Write_ReasonWithSquareBrackets_ShownAsWritten(int width)
    {
        // A failed candidate's reason is the exception's message, which Spectre read as markup and threw on.
        var best = Result(Words, 0.70, rejected: null);
        var text = Render(width, ClassifierTask.Sentiment, "macroF1", [best, Result(Words, 0.5, rejected: "failed: column [Features] has no slot names")], best);

        Assert.Contains("[Features]", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ClassifierTask.Sentiment, "macroF1", "accuracy")]
    [InlineData(ClassifierTask.Sentiment, "accuracy", "macro-F1")]
    [InlineData(ClassifierTask.Stance, "macroF1", "accuracy,F_avg")]
    [InlineData(ClassifierTask.Stance, "favg", "accuracy,macro-F1")]
    public void Others_EachMetric_TheMetricsTheScoreIsNot(ClassifierTask task, string metric, string expected)
    {
        Assert.Equal(expected, string.Join(",", TuneRanking.Others(task, metric).Select(o => o.Name)));
    }

    private static CandidateResult Result(Candidate candidate, double score, string? rejected) =>
        new(candidate, score, score + 0.01, score, score - 0.01, 1.5, rejected) { ModelMegabytes = 0.5 };

    private static string Render(int width, ClassifierTask task, string metric, IReadOnlyList<CandidateResult> results, CandidateResult best) =>
        PlainConsole.Render(width, console => TuneRanking.Write(console, task, metric, results, best));
}
