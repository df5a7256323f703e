using Classifier.Data;
using Classifier.Training.Evaluation;

namespace Classifier.Tests.Evaluation;

/// <summary>
/// <c>evaluate</c>'s per-target metrics count a target under the name the model reads it by (its alias table, HTML
/// references read), as training counts it: "C&amp;ocirc;te d'Ivoire", "Côte d'Ivoire" and "Ivory Coast" are one target
/// to the model, and were three rows of the table, each with a third of the rows and the same training rows.
/// </summary>
public sealed class EvaluatorTests
{
    [Fact]
    public void Evaluate_TargetWrittenInFormsTheModelReadsAsOne_CountsOneTarget()
    {
        LabeledExample[] rows =
        [
            new("The new port will bring jobs and trade to the whole region.", "favor", "C&ocirc;te d'Ivoire", "test.tsv", 2),
            new("Its last elections were a sham and everyone knows it.", "against", "Côte d'Ivoire", "test.tsv", 3),
            new("Cocoa prices rose again this week.", "none", "Ivory Coast", "test.tsv", 4),
            new("Beijing hosted the summit on Tuesday.", "none", "china", "test.tsv", 5),
            new("Its tariffs hurt every exporter we spoke to.", "against", "China", "test.tsv", 6),
        ];
        var scorer = StanceClassifier.LoadDefault().Scorer;

        var (report, _) = Evaluator.Evaluate(scorer, new LabeledDataSet(ClassifierTask.Stance, ["test.tsv"], rows, [], "0"));
        var withTraining = Evaluator.WithTrainingRows(report, scorer);

        Assert.Equal(["China", "Ivory Coast"], report.PerTarget!.Keys);
        Assert.Equal((2, 3), (report.PerTarget["China"].Examples, report.PerTarget["Ivory Coast"].Examples));
        Assert.Equal(scorer.TrainingRows("China"), withTraining.PerTarget!["China"].TrainingRows);
    }
}
