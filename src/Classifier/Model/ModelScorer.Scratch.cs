using System.Collections.Frozen;
using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Model;

/// <summary>The per-thread buffers a scorer reuses between calls.</summary>
internal sealed partial class ModelScorer
{
    private sealed class Scratch(int classes, int scoreSlots)
    {
        public FeatureSink Sink { get; } = new();

        public SparseVector Vector { get; } = new();

        public IndexCounter Counter { get; } = new();

        public float[] Scores { get; } = new float[scoreSlots];

        public double[] Member { get; } = new double[classes];

        /// <summary>The current text's unit word vector for <see cref="IssueTopics"/>, computed once per text when first needed.</summary>
        public float[] TextVector => field ??= new float[WordVectors.Default.Dimensions];

        public bool TextVectorReady { get; set; }

        /// <summary>The current text's words' unit vectors for <see cref="UnseenIssueCheck"/>, one after another (<see cref="WordVectorCount"/> of them; a field, so that it can grow by reference), computed once per text when first needed.</summary>
        public float[] TextWords = [];

        public int WordVectorCount { get; set; }

        public bool WordVectorsReady { get; set; }

        public bool HasTextVector { get; set; }
    }
}
