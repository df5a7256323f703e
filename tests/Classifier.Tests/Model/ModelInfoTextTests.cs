namespace Classifier.Tests.Model;

/// <summary>
/// <c>Console.WriteLine(classifier.Info)</c>: a one-line summary, not the record's listing of properties, which printed
/// "Labels = System.Collections.ObjectModel.ReadOnlyCollection`1[System.String]".
/// </summary>
public sealed class ModelInfoTextTests
{
    [Fact]
    public void ToString_DefaultSentimentModel_SummarisesWhatItIsAndHowGood()
    {
        var info = SentimentClassifier.LoadDefault().Info;

        var text = info.ToString();

        Assert.StartsWith($"sentiment model: labels negative, neutral, positive; trained on {info.TrainingData.Rows:N0} rows (train.tsv); {info.Features:N0} features; trainer maxent+nb-logistic; macro-F1 test {info.Metrics["test"]["macroF1"]:0.0000}, dev ", text);
        Assert.EndsWith($"; written {info.CreatedUtc:yyyy-MM-dd} by library {info.LibraryVersion}", text);
        Assert.DoesNotContain("System.", text);
    }

    [Fact]
    public void ToString_DefaultStanceModel_CountsItsTargets()
    {
        var info = StanceClassifier.LoadDefault().Info;

        Assert.Contains($"toward {info.TrainingData.Targets.Count:N0} targets", info.ToString());
    }

    [Fact]
    public void ToString_DefaultSentimentModel_IsTheLineTheLibraryReferenceShows()
    {
        var library = System.Text.RegularExpressions.Regex.Replace(
            File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "library.md")), @"\s+", " ");

        Assert.Contains($"(\"{SentimentClassifier.LoadDefault().Info}\")", library, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_EmptyInfo_DoesNotThrow() =>
        Assert.Equal("sentiment model: labels ; trained on 0 rows; 0 features; written 0001-01-01 by library ?", new ModelInfo().ToString());
}
