using System.Globalization;
using Classifier.Data;
using Classifier.Features;
using Classifier.Training.Commands;
using Classifier.Training.Evaluation;
using Classifier.Training.Training;
using Spectre.Console;

namespace Classifier.Tests.Training;

/// <summary>
/// <c>cross-validate</c>'s text folds table shows each metric whose mean and spread its header gives: for stance it lacked
/// F_avg, the metric the spread was most often wanted for, and ECE and log loss for either task.
/// </summary>
public sealed class CrossValidationFoldsTableTests
{
    [Theory]
    [InlineData(ClassifierTask.Stance, "fold,examples,accuracy,macro-F1,F_avg,ECE,log loss")]
    [InlineData(ClassifierTask.Sentiment, "fold,examples,accuracy,macro-F1,ECE,log loss")]
    public void FoldsTable_EachTask_AFoldsColumnPerMetricWithTheFoldsValues(ClassifierTask task, string header)
    {
        var rows = LabeledDataReader.Read(TestPaths.Data(task == ClassifierTask.Stance ? "stance" : "sentiment", "train.tsv"), task).Examples.Take(240).ToArray();
        var settings = new TrainerSettings { Trainer = "maxent", MaxIterations = 20, Threads = 1 };
        var result = CrossValidator.Run(new LabeledDataSet(task, ["train.tsv"], rows, [], "0"), 2, 1, new ModelTrainer(new FeaturizerSettings(), settings, seed: 1), settings);

        var text = Render(CrossValidateCommand.FoldsTable(result));

        Assert.Equal(header.Split(','), Cells(text, "│ fold "));
        var second = result.Folds[1];
        var cells = Cells(text, "│ 2 ");
        string[] expected = [F(second.Accuracy), F(second.MacroF1), .. task == ClassifierTask.Stance ? [F(second.Favg!.Value)] : Array.Empty<string>(), F(second.Calibration!.Ece), F(second.Calibration.LogLoss)];
        Assert.Equal(expected, cells[2..]);
    }

    private static string[] Cells(string table, string start) =>
        table.Split('\n').Single(line => line.StartsWith(start, StringComparison.Ordinal)).Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string F(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Render(Table table) => PlainConsole.Render(200, console => console.Write(table));
}
