using Classifier.Features;

namespace Classifier.Model;

/// <summary>
/// Scores texts with a loaded model. Immutable after construction; the mutable buffers live in
/// one <see cref="Scratch"/> per thread, so any number of threads may score at once.
/// </summary>
internal sealed class ModelScorer
{
    private readonly ThreadLocal<Scratch> _scratch;

    public ModelScorer(LoadedModel loaded)
    {
        Info = loaded.Info;
        Vocabulary = loaded.Vocabulary;
        Model = loaded.Model;
        Labels = loaded.Info.Labels.ToArray();
        _scratch = new ThreadLocal<Scratch>(() => new Scratch(Model.Classes));
    }

    public ModelInfo Info { get; }

    public FeatureVocabulary Vocabulary { get; }

    public LinearModel Model { get; }

    public string[] Labels { get; }

    public int Classes => Model.Classes;

    /// <summary>Featurises <paramref name="text"/> into this thread's scratch vector.</summary>
    public SparseVector Vectorize(string text)
    {
        var s = _scratch.Value!;
        FeatureExtractor.Extract(Info.Featurizer, text, s.Sink);
        Vectorizer.Vectorize(Info.Featurizer, Vocabulary, s.Sink, s.Vector, s.Counter);
        return s.Vector;
    }

    /// <summary>Writes the probabilities of each label (in <see cref="Labels"/> order) for <paramref name="text"/>.</summary>
    public void Probabilities(string text, Span<double> probabilities)
    {
        var vector = Vectorize(text);
        var scores = _scratch.Value!.Scores;
        Model.Score(vector, scores);
        Model.Probabilities(scores, probabilities);
    }

    private sealed class Scratch(int classes)
    {
        public FeatureSink Sink { get; } = new();

        public SparseVector Vector { get; } = new();

        public IndexCounter Counter { get; } = new();

        public float[] Scores { get; } = new float[classes];
    }
}
