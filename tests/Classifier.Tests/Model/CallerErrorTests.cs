namespace Classifier.Tests.Model;

/// <summary>A caller's mistakes get the documented exception, naming what is wrong, before any work is done.</summary>
public sealed class CallerErrorTests : IDisposable
{
    private static readonly SentimentClassifier Sentiment = SentimentClassifier.LoadDefault();
    private static readonly StanceClassifier Stance = StanceClassifier.LoadDefault();
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(10)]
    [InlineData(1000)] // above the size at which a batch runs in parallel
    public void StancePredictBatch_NullTextOrBlankTarget_ThrowsTheArgumentExceptionNamingTheItem(int size)
    {
        var bad = size / 2;
        (string, string)[] Batch((string, string) item) =>
            Enumerable.Range(0, size).Select(i => i == bad ? item : ("Beijing condemned the drills.", "China")).ToArray();

        var nullText = Assert.Throws<ArgumentNullException>(() => Stance.PredictBatch(Batch((null!, "China"))));
        var nullTarget = Assert.Throws<ArgumentNullException>(() => Stance.PredictBatch(Batch(("Text.", null!))));
        var blank = Assert.Throws<ArgumentException>(() => Stance.PredictBatch(Batch(("Text.", " "))));

        Assert.Equal("items", nullText.ParamName);
        Assert.Contains($"items[{bad}] (0-based) has a null Text", nullText.Message);
        Assert.Contains($"items[{bad}] (0-based) has a null Target", nullTarget.Message);
        Assert.Contains($"items[{bad}] (0-based) has an empty or white-space Target", blank.Message);
        Assert.IsType<ArgumentException>(blank);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1000)]
    public void SentimentPredictBatch_NullText_NamesTheTextsParameterAndTheItem(int size)
    {
        var texts = Enumerable.Range(0, size).Select(i => i == size - 1 ? null! : "Talks resumed.").ToArray();

        var ex = Assert.Throws<ArgumentNullException>(() => Sentiment.PredictBatch(texts));

        Assert.Equal("texts", ex.ParamName);
        Assert.Contains($"texts[{size - 1}] (0-based) is null", ex.Message);
    }

    [Fact]
    public void FindTargetsAndMentions_NameBeyondTheReadPart_NotFoundAsPredictDoesNotReadIt()
    {
        var limit = Stance.Info.Featurizer.MaxTextLength;
        var text = "Seoul hosted the talks. " + new string('x', limit) + " China walked out.";

        Assert.Equal(["South Korea"], Stance.FindTargets(text));
        Assert.Empty(Stance.FindMentions(text, "China"));
        Assert.Single(Stance.FindMentions(text, "South Korea"));
        Assert.Equal(Stance.Predict(text[..limit], "China"), Stance.Predict(text, "China"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("xyz")]
    [InlineData("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("ASNFZ4mrze8BI0VniavN7wEjRWeJq83vASNFZ4mrze8=")] // Base64 of a 32-byte digest
    public void ExpectedSha256_NotSixtyFourHexDigits_RefusedWhenSet(string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ModelLoadOptions { ExpectedSha256 = value });

        Assert.Equal(nameof(ModelLoadOptions.ExpectedSha256), ex.ParamName);
        Assert.Contains("64 hexadecimal digits", ex.Message);
    }

    [Fact]
    public void ExpectedSha256_HexWithSpacesAround_Accepted()
    {
        var hex = " " + new string('A', 32) + new string('0', 32) + "\n";

        Assert.Equal(hex, new ModelLoadOptions { ExpectedSha256 = hex }.ExpectedSha256);
    }

    [Fact]
    public void Load_AFolder_SaysItIsAFolder()
    {
        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(_dir.Path));

        Assert.Equal(_dir.Path, ex.Path);
        Assert.Contains("is a folder, not a model file", ex.Message);
    }
}
