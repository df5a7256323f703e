using System.Globalization;

namespace Classifier.Training.Training;

/// <summary>The learning algorithm and its hyper-parameters.</summary>
internal sealed record TrainerSettings
{
    public const string MaxEnt = "maxent";

    /// <summary>The trainer: one of <see cref="Learners.Learners.Names"/>, or several joined by '+' (an ensemble averaging their probabilities).</summary>
    public string Trainer { get; init; } = MaxEnt;

    /// <summary>Passes over the data for the SVM and perceptron trainers.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Smoothing of the naive Bayes ratios (nb-* trainers).</summary>
    public float NbAlpha { get; init; } = 1f;

    /// <summary>L2 regularisation weight.</summary>
    public float L2 { get; init; } = 1e-4f;

    /// <summary>L1 regularisation weight.</summary>
    public float L1 { get; init; }

    /// <summary>Convergence tolerance of the optimiser.</summary>
    public float Tolerance { get; init; } = 1e-6f;

    /// <summary>L-BFGS memory: how many past updates approximate the curvature (fewer is cheaper per iteration).</summary>
    public int History { get; init; } = 20;

    /// <summary>L-BFGS: keep the optimiser's state in dense vectors (faster when most weights are non-zero).</summary>
    public bool DenseOptimizer { get; init; } = true;

    /// <summary>Most optimiser iterations. The default, 100, was chosen on SST-2's dev split (0.827 accuracy against 0.826 at 200, in half the time).</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>ova-fasttree: boosted trees per label.</summary>
    public int Trees { get; init; } = 100;

    /// <summary>ova-fasttree: leaves per tree.</summary>
    public int Leaves { get; init; } = 20;

    /// <summary>ova-fasttree: shrinkage of each tree's output.</summary>
    public float LearningRate { get; init; } = 0.2f;

    /// <summary>ova-fasttree: fewest training examples in a leaf.</summary>
    public int MinLeafExamples { get; init; } = 10;

    /// <summary>
    /// Threads the trainer may use; 0 means every core. The count changes the last digits of the weights (sums split over
    /// threads round differently), so a model records the count it was allowed and <c>tune</c> writes it.
    /// </summary>
    public int Threads { get; init; }

    /// <summary>Per-label example weights (a label not listed weighs 1); <c>balanced</c> in <see cref="ClassWeighting"/> overrides.</summary>
    public IReadOnlyDictionary<string, float>? ClassWeights { get; init; }

    /// <summary><c>none</c> (default) or <c>balanced</c>: weights inversely proportional to label frequency.</summary>
    public string ClassWeighting { get; init; } = "none";

    /// <summary>The weight of each label for a data set with these label counts.</summary>
    public Dictionary<string, float> WeightsFor(IReadOnlyDictionary<string, int> counts)
    {
        var total = counts.Values.Sum();
        return counts.ToDictionary(kv => kv.Key, kv => ClassWeighting == "balanced"
            ? total / (float)(counts.Count * kv.Value)
            : ClassWeights is not null && ClassWeights.TryGetValue(kv.Key, out var w) ? w : 1f);
    }

    public IReadOnlyDictionary<string, string> Describe()
    {
        var described = DescribeCommon();
        if (Trainer.Contains("fasttree", StringComparison.Ordinal))
        {
            described["trees"] = FormattableString.Invariant($"{Trees}x{Leaves} leaves, rate {LearningRate}, min {MinLeafExamples}");
        }

        return described;
    }

    private Dictionary<string, string> DescribeCommon() => new()
    {
        ["trainer"] = Trainer,
        ["l2"] = L2.ToString("R", CultureInfo.InvariantCulture),
        ["l1"] = L1.ToString("R", CultureInfo.InvariantCulture),
        ["tolerance"] = Tolerance.ToString("R", CultureInfo.InvariantCulture),
        ["maxIterations"] = MaxIterations.ToString(CultureInfo.InvariantCulture),
        ["history"] = History.ToString(CultureInfo.InvariantCulture),
        ["epochs"] = Epochs.ToString(CultureInfo.InvariantCulture),
        ["nbAlpha"] = NbAlpha.ToString("R", CultureInfo.InvariantCulture),
        // The count the trainer was allowed, never 0 (sdca, ova-svm and ova-perceptron use one whatever it says): sums split
        // over another number of threads round differently, so a retrain reproduces the weights only with this count
        // (docs/retraining.md).
        ["threads"] = Learners.Learners.Threads(this).ToString(CultureInfo.InvariantCulture),
        ["classWeights"] = ClassWeighting == "balanced" ? "balanced"
            : ClassWeights is null ? "none" : string.Join(",", ClassWeights.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => FormattableString.Invariant($"{kv.Key}:{kv.Value}"))),
    };

    /// <summary>
    /// Checks every setting and names the first one out of range, as its own <see cref="ArgumentException.ParamName"/>
    /// (so that <c>train --config</c> can point at its line), with its value.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (!Learners.Learners.IsValid(Trainer))
        {
            throw new ArgumentOutOfRangeException(nameof(Trainer), Trainer, $"Unknown trainer '{Trainer}'; use one of: " +
                $"{string.Join(", ", Learners.Learners.Names)}, or several joined by '+' for an averaged ensemble.");
        }

        Require(Epochs >= 1, nameof(Epochs), Epochs, "Epochs must be at least 1.");
        Require(NbAlpha > 0, nameof(NbAlpha), NbAlpha, "NbAlpha must be positive.");
        Require(L2 >= 0 && float.IsFinite(L2), nameof(L2), L2, "Regularisation weights must be finite and non-negative.");
        Require(L1 >= 0 && float.IsFinite(L1), nameof(L1), L1, "Regularisation weights must be finite and non-negative.");
        if (L2 == 0 && Trainer.Split('+').Contains("ova-svc"))
        {
            throw new ArgumentOutOfRangeException(nameof(L2), "ova-svc needs l2 above 0: its C is 1 / l2 (scikit-learn's C = 0.5 is l2 = 2).");
        }

        Require(ClassWeighting is "none" or "balanced", nameof(ClassWeighting), ClassWeighting, "ClassWeighting must be 'none' or 'balanced'.");
        if (ClassWeights?.Values.Any(w => !(w > 0 && float.IsFinite(w))) == true)
        {
            throw new ArgumentOutOfRangeException(nameof(ClassWeights), "Class weights must be positive and finite.");
        }

        Require(Trees is >= 1 and <= 10_000, nameof(Trees), Trees, "Trees must be between 1 and 10000.");
        Require(Leaves is >= 2 and <= 1_000, nameof(Leaves), Leaves, "Leaves must be between 2 and 1000.");
        var treeMembers = Trainer.Split('+').Count(t => t == "ova-fasttree");
        Require(treeMembers == 0 || TreeBytes(Trees, Leaves, treeMembers) <= TreesLimit,
            nameof(Trees), Trees, FormattableString.Invariant(
                $"Too many trees and leaves ({Trees} trees of {Leaves} leaves{(treeMembers > 1 ? $", in each of {treeMembers} tree members" : "")}): the boosted trees of three labels could take {TreeBytes(Trees, Leaves, treeMembers) / (1 << 20):N0} MiB, over the {TreesLimit >> 20} MiB a model's trees may hold to load; grow fewer or smaller trees, so that trees times leaves is at most {MaxTreeLeaves(Math.Max(1, treeMembers)):N0}."));
        Require(LearningRate is > 0 and <= 1, nameof(LearningRate), LearningRate, "LearningRate must be above 0 and at most 1.");
        Require(MinLeafExamples >= 1, nameof(MinLeafExamples), MinLeafExamples, "MinLeafExamples must be at least 1.");
        Require(MaxIterations >= 1, nameof(MaxIterations), MaxIterations, "MaxIterations must be at least 1.");
        Require(Tolerance > 0, nameof(Tolerance), Tolerance, "Tolerance must be positive.");
        Require(History >= 1, nameof(History), History, "History must be at least 1.");
        Require(Threads >= 0, nameof(Threads), Threads, "Threads must be 0 (every core) or more.");
    }

    /// <summary>
    /// The most trees times leaves each of <paramref name="members"/> tree trainers of an ensemble may grow, so that the
    /// model's <c>trees.bin</c> stays within what loading accepts.
    /// </summary>
    internal static long MaxTreeLeaves(int members = 1) =>
        (TreesLimit - TreeOverhead) / (3L * BytesPerLeaf * members);

    /// <summary>
    /// The most bytes the trees of three labels (the most a task has) of <paramref name="trees"/> trees of
    /// <paramref name="leaves"/> leaves, in each of <paramref name="members"/> tree trainers of an ensemble, take in
    /// <c>trees.bin</c>: per leaf a value and, but for one, a split (feature, threshold, two children), 20 bytes; plus the headers.
    /// </summary>
    internal static long TreeBytes(int trees, int leaves, int members = 1) => 3L * BytesPerLeaf * trees * leaves * members + TreeOverhead;

    /// <summary>The most bytes a model's <c>trees.bin</c> may hold to load.</summary>
    private static long TreesLimit => Classifier.Model.ModelArchive.EntryLimit(Classifier.Model.ModelArchive.TreesEntry);

    private const int BytesPerLeaf = 20;

    private const int TreeOverhead = 4096;

    private static void Require(bool valid, string setting, object value, string rule)
    {
        if (!valid)
        {
            throw new ArgumentOutOfRangeException(setting, value, rule);
        }
    }
}
