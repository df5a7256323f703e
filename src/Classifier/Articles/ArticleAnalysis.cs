using System.Text.Json.Serialization;
using Classifier.Serialization;

namespace Classifier.Articles;

/// <summary>The analysis of an article: each sentence, and the summary.</summary>
/// <param name="Sentences">The sentences, in order: not null, without null elements, each <see cref="SentenceAnalysis.Index"/>
/// greater than the one before. It is copied: a change to the caller's list later does not change the record.</param>
/// <param name="Summary">The aggregates; not null.</param>
/// <remarks>The constructor and the <c>init</c> accessors (so a <see langword="with"/> expression too) check these rules.</remarks>
/// <exception cref="ArgumentNullException"><paramref name="Sentences"/> or <paramref name="Summary"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="Sentences"/> holds a null element, or a sentence whose index is not greater than the one before.</exception>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
[JsonConverter(typeof(ArticleRecordJsonConverter))]
public sealed record ArticleAnalysis(IReadOnlyList<SentenceAnalysis> Sentences, ArticleSummary Summary)
{
    /// <summary>The sentences, in order (a read-only copy of the list given).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value holds a null element, or a sentence whose index is not greater than the one before.</exception>
    public IReadOnlyList<SentenceAnalysis> Sentences { get; init => field = InOrder(value); } = InOrder(Sentences);

    /// <summary>The aggregates.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ArticleSummary Summary { get; init => field = RecordRules.NotNull(value, nameof(Summary)); } = RecordRules.NotNull(Summary, nameof(Summary));

    private static IReadOnlyList<SentenceAnalysis> InOrder(IReadOnlyList<SentenceAnalysis> sentences)
    {
        var copy = RecordRules.List(sentences, nameof(Sentences));
        for (var i = 1; i < copy.Count; i++)
        {
            if (copy[i].Index <= copy[i - 1].Index)
            {
                throw new ArgumentException(
                    $"{ArgumentMessages.Element(nameof(Sentences), i)} has Index {copy[i].Index}, not greater than Sentences[{i - 1}]'s {copy[i - 1].Index}; give the sentences in order, each once.",
                    nameof(Sentences));
            }
        }

        return copy;
    }

    /// <summary>Whether <paramref name="other"/> is the same analysis: equal sentences, in order, and an equal summary.</summary>
    /// <param name="other">Another analysis.</param>
    /// <returns><see langword="true"/> if they are equal, so that one read back from JSON, or made again from the same
    /// article by the same models, equals the original.</returns>
    public bool Equals(ArticleAnalysis? other) =>
        other is not null && Summary.Equals(other.Summary) && RecordEquality.Lists(Sentences, other.Sentences);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Summary, Sentences.Count);
}
