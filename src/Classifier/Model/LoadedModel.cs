using Classifier.Features;

namespace Classifier.Model;

/// <summary>The parts of a loaded model file; <paramref name="Topics"/> only for a stance model with <see cref="FeaturizerSettings.UntouchedIssueMargin"/>.</summary>
internal sealed record LoadedModel(ModelInfo Info, FeatureVocabulary Vocabulary, ModelWeights Model, Lexicon? Lexicon, Stance.IssueTopics? Topics = null);
