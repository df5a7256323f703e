using BenchmarkDotNet.Attributes;

namespace Classifier.Benchmarks;

/// <summary>BenchmarkDotNet suite over the embedded default models: single predictions by sentence length, batches, stance toward several targets, and loading.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PredictBenchmarks
{
    private const string Short = "Talks resumed.";
    private const string Median = "Venezuela said it would resume consular services with Colombia next month but rejected mediation by Washington.";

    /// <summary>A 100-word sentence.</summary>
    private static readonly string Long = string.Join(' ', (
        "The foreign ministers met in Geneva on Tuesday and agreed to extend the ceasefire while aid convoys reached the besieged towns, " +
        "and officials from both sides said the talks, which lasted more than nine hours and covered prisoner exchanges, the reopening of " +
        "border crossings, the return of displaced families and the demining of farmland along the front line, had been constructive but " +
        "difficult, adding that a further round would be held next month in the same city if the truce continued to hold and if observers " +
        "from the United Nations confirmed that heavy weapons had been withdrawn from the zone agreed by the military commanders of both armies last week")
        .Split(' ').Take(100)) + ".";

    private SentimentClassifier _sentiment = null!;
    private StanceClassifier _stance = null!;
    private string[] _batch1 = null!, _batch100 = null!, _batch10000 = null!;
    private byte[] _modelBytes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sentiment = SentimentClassifier.LoadDefault();
        _stance = StanceClassifier.LoadDefault();
        string[] pool = [Short, Median, Long, "Shares of the miner fell 12 percent after it cut its outlook.", "The vote is scheduled for May 3."];
        _batch1 = [Median];
        _batch100 = Enumerable.Range(0, 100).Select(i => pool[i % pool.Length]).ToArray();
        _batch10000 = Enumerable.Range(0, 10_000).Select(i => pool[i % pool.Length]).ToArray();
        using var stream = typeof(SentimentClassifier).Assembly.GetManifestResourceStream("Classifier.Models.sentiment.zip")!;
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        _modelBytes = ms.ToArray();
    }

    [Benchmark]
    public SentimentResult PredictShort() => _sentiment.Predict(Short);

    [Benchmark(Baseline = true)]
    public SentimentResult PredictMedian() => _sentiment.Predict(Median);

    [Benchmark]
    public SentimentResult Predict100Words() => _sentiment.Predict(Long);

    [Benchmark]
    public IReadOnlyList<SentimentResult> PredictBatch1() => _sentiment.PredictBatch(_batch1);

    [Benchmark]
    public IReadOnlyList<SentimentResult> PredictBatch100() => _sentiment.PredictBatch(_batch100);

    [Benchmark]
    public IReadOnlyList<SentimentResult> PredictBatch10000() => _sentiment.PredictBatch(_batch10000);

    [Benchmark]
    public IReadOnlyList<StanceResult> StancePredictTargets5() =>
        _stance.PredictTargets(Median, ["Venezuela", "Colombia", "United States", "mediation", "China"]);

    [Benchmark]
    public SentimentClassifier LoadModel() => SentimentClassifier.Load(new MemoryStream(_modelBytes));
}
