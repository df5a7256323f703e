using Classifier.Model;
using Classifier.Tests.Cli;
using Classifier.Tests.Stance;
using Classifier.Tests.Training;

namespace Classifier.Tests.Reliability;

[Collection(TrainingCollection.Name)]
public sealed class HostileTextTests(TrainingFixture sentiment, StanceFixture stance) : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, string> Texts() => new()
    {
        { "control characters", "Talks\u0000 resumed\u0007\u001b[31m in\u0085 Geneva\u2028today." },
        { "lone high surrogate", "Talks resumed \uD83D in Geneva." },
        { "lone low surrogate", "Talks \uDE00resumed." },
        { "emoji", "Talks resumed 🎉🎉 🙏 ❤️ 🇰🇷" },
        { "right to left", "قالت الحكومة إن المحادثات ستستأنف الأسبوع المقبل" },
        { "hebrew mixed", "The minister said שלום and left." },
        { "CJK", "朝鲜周二发射了一枚导弹。韩国表示抗议。" },
        { "repeated token", string.Join(' ', Enumerable.Repeat("sanctions", 10_000)) },
        { "no spaces", new string('a', 50_000) },
        { "only punctuation", "?!?!...,,,;;;---" },
        { "tabs and newlines", "Talks\tresumed\n\nin\r\nGeneva" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Predict_HostileText_GivesValidProbabilities(string name, string text)
    {
        var s = SentimentClassifier.Load(sentiment.ModelPath).Predict(text);
        var t = StanceClassifier.Load(stance.ModelPath).Predict(text, "South Korea");

        foreach (var p in new[] { s.Probabilities, t.Probabilities })
        {
            Assert.True(p.Values.All(double.IsFinite), name);
            Assert.Equal(1.0, p.Values.Sum(), 1e-9);
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void FindTargets_HostileText_FindsOnlyTheNamesInIt(string name, string text)
    {
        var found = StanceClassifier.Load(stance.ModelPath).FindTargets(text);

        Assert.True((name == "repeated token" ? ["sanctions"] : Array.Empty<string>()).SequenceEqual(found), $"{name}: {string.Join(", ", found)}");
    }

    [Fact]
    public void Predict_OneMegabyteText_IsCutToMaxTextLength()
    {
        var classifier = SentimentClassifier.Load(sentiment.ModelPath);
        var limit = classifier.Info.Featurizer.MaxTextLength;
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 1_048_576)
        {
            builder.Append("Shelling resumed near the border while talks stalled again. ");
        }

        var text = builder.ToString(0, 1_048_576);

        var whole = classifier.Predict(text);
        var cut = classifier.Predict(text[..limit]);

        Assert.Equal(cut.Probabilities.Values, whole.Probabilities.Values);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    public void Predict_EmptyOrWhiteSpace_GivesTheModelsPrior(string text)
    {
        var classifier = SentimentClassifier.Load(sentiment.ModelPath);
        var model = sentiment.Model.Model;
        var prior = new double[model.Classes];
        model.Probabilities(new Classifier.Features.SparseVector(), new float[model.Classes], new double[model.Classes], prior);

        Assert.Equal(prior, classifier.Predict(text).Probabilities.Values);
    }

    [Fact]
    public void PredictCli_FileOfHostileLines_ScoresEveryLineButTheInvalidUtf8One()
    {
        // A NUL byte would make the file a binary one, refused whole (CliEncodingTests): it is a space here.
        var lines = Texts().Select(row => ((string)row[1]).Replace('\n', ' ').Replace('\r', ' ').Replace('\u2028', ' ').Replace('\u0085', ' ').Replace('\0', ' ')).ToList();
        var file = Path.Combine(_dir.Path, "hostile.txt");
        // Lone surrogates cannot be stored in UTF-8: they become U+FFFD, and one more line is raw invalid UTF-8 bytes.
        var bytes = new System.Text.UTF8Encoding(false, false).GetBytes(string.Join('\n', lines) + "\n").Concat(new byte[] { 0xFF, 0xFE, 0x80, 0xC3, (byte)'\n' }).ToArray();
        File.WriteAllBytes(file, bytes);

        var result = CliProcess.Run("predict", "--model", sentiment.ModelPath, "--file", file, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        var output = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Count + 1, output.Length);
        Assert.All(output[..^1], line => Assert.Contains("\"label\":", line));
        Assert.EndsWith($"\"line\":{lines.Count + 1},\"error\":\"is not valid UTF-8; save the file as UTF-8\"}}", output[^1]);
        Assert.StartsWith($"{file}:{lines.Count + 1}: is not valid UTF-8", result.Stderr);
    }
}
