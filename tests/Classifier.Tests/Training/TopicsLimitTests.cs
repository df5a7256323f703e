using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>
/// A stance model with <c>untouchedIssueMargin</c> stores centroids for every trained issue; when they would not fit the
/// <c>topics.bin</c> a model may hold to load, training stops before any trainer runs, saying what to change.
/// </summary>
public sealed class TopicsLimitTests
{
    private static readonly FeaturizerSettings Settings = new() { UntouchedIssueMargin = 0.1f };

    [Fact]
    public void Train_IssueCentroidsOverTheTopicsLimit_RefusedBeforeAnyTrainerRuns()
    {
        var steps = new List<string>();
        var trainer = new ModelTrainer(Settings, new TrainerSettings { Threads = 1 }, seed: 1) { TopicsLimit = 2_000, WritesModel = true, Progress = steps.Add };

        var error = Assert.Throws<ArgumentException>(() => trainer.Train(Issues(6)));

        Assert.DoesNotContain(steps, s => s.StartsWith("Training", StringComparison.Ordinal));
        Assert.Null(error.ParamName);
        var message = error.Message;
        Assert.StartsWith("untouchedIssueMargin 0.1 stores the centroids of every trained issue, and the training data has 6 issue targets (targets that are not names), whose centroids would take ", message);
        Assert.Contains("over the 2,000 a model's topics.bin may hold to load", message);
        Assert.EndsWith("nothing is trained. Set untouchedIssueMargin to 0 in the --config file to train without the check, or train on fewer issue targets.", message);
    }

    [Fact]
    public void Train_IssueCentroidsWithinTheLimit_StoresTheCentroidsBuiltWithTheRows()
    {
        var trainer = new ModelTrainer(Settings, new TrainerSettings { Threads = 1 }, seed: 1);

        var prepared = trainer.Prepare(Issues(6));
        var trained = trainer.Learn(prepared, new TrainerSettings { Threads = 1 });

        Assert.NotNull(prepared.Topics);
        Assert.Same(prepared.Topics, trained.Topics);
        Assert.Equal(6, trained.Topics!.Targets.Count);
        Assert.True(ModelBinary.WriteTopics(trained.Topics).Length <= ModelArchive.EntryLimit(ModelArchive.TopicsEntry));
    }

    [Fact]
    public void Train_NotWritingTheModel_NotHeldToTheTopicsLimit()
    {
        var trainer = new ModelTrainer(Settings, new TrainerSettings { Threads = 1 }, seed: 1) { TopicsLimit = 2_000 };

        var trained = trainer.Train(Issues(6));

        Assert.Equal(6, trained.Topics!.Targets.Count);
    }

    /// <summary>Four sentences toward each of <paramref name="count"/> issues, labels in turn.</summary>
    private static LabeledDataSet Issues(int count)
    {
        string[] labels = ["favor", "against", "none"];
        string[] openings = ["Farmers protested", "Ministers debated", "Voters welcomed", "Unions rejected"];
        var rows = new List<LabeledExample>();
        for (var t = 0; t < count; t++)
        {
            for (var i = 0; i < openings.Length; i++)
            {
                var line = rows.Count + 2;
                rows.Add(new LabeledExample($"{openings[i]} the plan for issue {t} in the capital on day {i}.", labels[(t + i) % 3], $"issue {t}", "issues.tsv", line));
            }
        }

        return new LabeledDataSet(ClassifierTask.Stance, ["issues.tsv"], rows, [], "0");
    }
}
