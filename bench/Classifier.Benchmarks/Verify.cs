using System.Text.Json;
using Classifier.Data;
using Classifier.Features;
using Classifier.Training.Training;

namespace Classifier.Benchmarks;

/// <summary>
/// The fast path must not change predictions: trains on --data with ML.NET's trainers (never the CLI's native L-BFGS, so the
/// reference is ML.NET itself), then scores every row of --test
/// with ML.NET's own transformer and with the library (Predict, and PredictBatch on every core), and reports
/// the largest probability difference and the number of label disagreements. One JSON line; exit code 1 if
/// any probability differs by more than 1e-5.
/// </summary>
internal static class Verify
{
    public static int Run(Options options)
    {
        var task = options.Get("task") == "stance" ? ClassifierTask.Stance : ClassifierTask.Sentiment;
        var train = LabeledDataReader.Read([options.Required("data")], task, keepDuplicates: true);
        var test = LabeledDataReader.Read([options.Required("test")], task, keepDuplicates: true);
        var config = options.Get("config") is { } c ? TrainingConfig.Load(c) : TrainingConfig.Default(task);
        var trainer = new ModelTrainer(config.Featurizer, config.Trainer, seed: 1) { Lexicon = LexiconFile.Read(options.Required("lexicon")), MlNetOnly = true };
        var model = trainer.Train(train);
        var mlnet = model.MlNetProbabilities!(ModelTrainer.Featurize(model, test));
        var scorer = model.ToScorer();
        var batch = Classifier.Model.BatchRunner.Run(test.Examples, e =>
        {
            var p = new double[scorer.Classes];
            FeatureSources.Probabilities(scorer, e, p);
            return p;
        }, "test");
        double maxSingle = 0, maxBatch = 0;
        var labelDisagreements = 0;
        var single = new double[scorer.Classes];
        for (var i = 0; i < test.Examples.Count; i++)
        {
            FeatureSources.Probabilities(scorer, test.Examples[i], single);
            for (var k = 0; k < single.Length; k++)
            {
                maxSingle = Math.Max(maxSingle, Math.Abs(single[k] - mlnet[i][k]));
                maxBatch = Math.Max(maxBatch, Math.Abs(batch[i][k] - mlnet[i][k]));
            }

            labelDisagreements += Classifier.Model.ResultFactory.ArgMax(single) == Classifier.Model.ResultFactory.ArgMax(mlnet[i]) ? 0 : 1;
        }

        var ok = maxSingle <= ModelTrainer.EquivalenceTolerance && maxBatch <= ModelTrainer.EquivalenceTolerance && labelDisagreements == 0;
        Console.WriteLine(BenchJson.Line(new
        {
            rows = test.Examples.Count,
            trainer = config.Trainer.Trainer,
            maxDifferencePredict = maxSingle,
            maxDifferencePredictBatch = maxBatch,
            labelDisagreements,
            identical = ok,
        }));
        return ok ? 0 : 1;
    }
}
