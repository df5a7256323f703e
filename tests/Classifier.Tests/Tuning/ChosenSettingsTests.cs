using Classifier.Features;
using Classifier.Training.Commands;
using Classifier.Training.Training;
using Classifier.Training.Tuning;

namespace Classifier.Tests.Tuning;

/// <summary>The settings file <c>tune --out</c> writes for the chosen candidate.</summary>
public sealed class ChosenSettingsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Chosen_CandidatesThreads_WritesTheCountItWasScoredWith(int threads)
    {
        var candidate = new Candidate("trainers", new FeaturizerSettings { WordNgramMax = 3 }, new TrainerSettings { Trainer = "ova-svc", L2 = 2, Threads = threads });

        var chosen = TuneCommand.Chosen(new CandidateResult(candidate, 0.8, 0.8, 0.8, null, 1, null));

        Assert.Equal(threads == 0 ? Environment.ProcessorCount : threads, chosen.Trainer.Threads);
        Assert.Equal(candidate.Trainer with { Threads = chosen.Trainer.Threads }, chosen.Trainer);
        Assert.Equal(candidate.Featurizer, chosen.Featurizer);
    }
}
