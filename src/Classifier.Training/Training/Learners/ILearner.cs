using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Training.Training.Learners;

/// <summary>A learned model: the compiled flat model, and a way to ask ML.NET itself for its probabilities (for the equivalence check).</summary>
internal sealed record LearnedModel(Classifier.Model.ModelWeights Model, Func<IReadOnlyList<FeatureRow>, double[][]> MlNetProbabilities);

/// <summary>
/// Where a learner reports how far its iterations have got (<see cref="SoftmaxLbfgs"/>: maxent, logistic and nb-logistic;
/// <see cref="DualCoordinateSvm"/>: ova-svc; ML.NET's trainers through <see cref="MlNetProgress"/>):
/// at most once per <paramref name="Interval"/>, so that a run of minutes on large data is not silent.
/// </summary>
/// <param name="Report">Takes one line, such as <c>maxent: iteration 20 of at most 100, loss 0.61234</c>.</param>
/// <param name="Interval">The least time between two lines (zero: every iteration).</param>
internal sealed record LearnerProgress(Action<string> Report, TimeSpan Interval);

/// <summary>An ML.NET trainer whose result compiles into the library's flat linear model.</summary>
internal interface ILearner
{
    /// <summary>
    /// True if <see cref="Learn"/> never touches the <see cref="MLContext"/> (its own code only), so it may train at the same
    /// time as another such learner; ML.NET's trainers share the context's random state and run one at a time.
    /// </summary>
    bool Native { get; }

    /// <summary>
    /// Learns from <paramref name="rows"/> (their classes index <paramref name="labels"/>; their dimension is the model's
    /// number of features), which it reads and never changes, so that other learners may share them.
    /// </summary>
    LearnedModel Learn(MLContext ml, SparseRows rows, string[] labels, CancellationToken cancellation);
}

internal static class Learners
{
    public static readonly string[] Names = ["maxent", "sdca", "ova-logistic", "ova-svm", "ova-svc", "ova-perceptron", "nb-logistic", "ova-fasttree"];

    /// <summary>True if <paramref name="trainer"/> names one trainer or a '+'-joined ensemble of known trainers.</summary>
    public static bool IsValid(string trainer) => trainer.Split('+').All(Names.Contains);

    /// <summary>
    /// The learner for <paramref name="settings"/>; with <paramref name="mlNetOnly"/>, ML.NET's trainers even where a native
    /// one exists; the native L-BFGS learners report their iterations, <c>ova-svc</c> its solver's passes, and the trainers
    /// ML.NET runs what it tells of theirs (<see cref="MlNetProgress"/>), to <paramref name="progress"/> if given.
    /// </summary>
    public static ILearner Create(TrainerSettings settings, bool mlNetOnly = false, LearnerProgress? progress = null) => settings.Trainer.Contains('+')
        ? new EnsembleLearner(settings.Trainer.Split('+').Select(name => Create(settings with { Trainer = name }, mlNetOnly, progress)).ToArray())
        : settings.Trainer switch
    {
        "maxent" or "sdca" => new MaxEntLearner(settings, mlNetOnly) { Progress = progress },
        "ova-logistic" or "ova-svm" or "ova-perceptron" => new OvaLearner(settings, settings.Trainer[4..], naiveBayes: false, mlNetOnly) { Progress = progress },
        "ova-svc" => new SvcLearner(settings) { Progress = progress },
        "ova-fasttree" => new TreeLearner(settings) { Progress = progress },
        "nb-logistic" => new OvaLearner(settings, "logistic", naiveBayes: true, mlNetOnly) { Progress = progress },
        _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Trainer, $"Unknown trainer '{settings.Trainer}'; use one of: {string.Join(", ", Names)}."),
    };

    /// <summary>Streams a vector column row by row (GetColumn reuses one buffer for every row: dotnet/machinelearning#2341).</summary>
    public static double[][] VectorColumn(IDataView view, string column) =>
        view.GetColumn<Microsoft.ML.Data.VBuffer<float>>(column).Select(v => v.DenseValues().Select(x => (double)x).ToArray()).ToArray();

    /// <summary>
    /// The probabilities <paramref name="model"/> gives a training vector, computed from the vector (the equivalence check
    /// of the native learners compares these with the probabilities the library computes from the raw text).
    /// </summary>
    public static double[] VectorProbabilities(Classifier.Model.LinearModel model, FeatureRow row)
    {
        var x = new Classifier.Features.SparseVector();
        foreach (var (index, value) in row.Features.Items())
        {
            x.Add(index, value);
        }

        var scores = new float[model.Classes];
        var probabilities = new double[model.Classes];
        model.Score(x, scores);
        model.Probabilities(scores, probabilities);
        return probabilities;
    }

    public static int Threads(TrainerSettings settings) => settings.Threads > 0 ? settings.Threads : Environment.ProcessorCount;
}
