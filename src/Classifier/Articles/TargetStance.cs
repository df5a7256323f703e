using System.Text.Json.Serialization;
using Classifier.Serialization;

namespace Classifier.Articles;

/// <summary>The stance of one sentence toward one target.</summary>
/// <param name="Target">The target as the caller named it: not null, empty or white space, nor longer than <see cref="StanceClassifier.MaxTargetLength"/>.</param>
/// <param name="Mentioned">Whether the sentence names the target (by any alias the model knows) in the part of it the model
/// reads: its first <see cref="Features.FeaturizerSettings.MaxTextLength"/> characters (20,000 in the default model), as
/// <see cref="StanceClassifier.FindMentions"/> finds it. A name further on in a longer sentence (text with no sentence end
/// for that long) is not read, by the scores either.</param>
/// <param name="Result">The model's prediction toward <paramref name="Target"/>, or <see langword="null"/> when the sentence does not mention the target and was not scored.</param>
/// <remarks>
/// The constructor checks every rule; the <c>init</c> accessors (so a <see langword="with"/> expression) check the value
/// they set, but not that the values agree (a mentioned target has a result; the result is toward the target): C# runs
/// no code after a <see langword="with"/> expression's last assignment.
/// </remarks>
/// <exception cref="ArgumentNullException"><paramref name="Target"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="Target"/> is empty, white space or too long; or
/// <paramref name="Result"/> is null when <paramref name="Mentioned"/> is true, or is toward another target.</exception>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
[JsonConverter(typeof(ArticleRecordJsonConverter))]
public sealed record TargetStance(string Target, bool Mentioned, StanceResult? Result)
{
    /// <summary>The target as the caller named it.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is empty, white space or longer than <see cref="StanceClassifier.MaxTargetLength"/>.</exception>
    public string Target { get; init => field = RecordRules.Target(value, nameof(Target)); } = RecordRules.Target(Target, nameof(Target));

    /// <summary>The model's prediction, or <see langword="null"/> when the sentence does not mention the target and was not scored.</summary>
    public StanceResult? Result { get; init; } = Checked(Target, Mentioned, Result);

    /// <summary>The stance: the model's label, or <c>none</c> when the sentence was not scored.</summary>
    public string Label => Result?.Label ?? "none";

    private static StanceResult? Checked(string target, bool mentioned, StanceResult? result)
    {
        if (result is null && mentioned)
        {
            throw new ArgumentException("Result is null, but Mentioned is true; a sentence that names the target is always scored.", nameof(Result));
        }

        if (result is not null && result.Target != target)
        {
            throw new ArgumentException($"Result is the stance toward '{result.Target}', not toward Target '{target}'.", nameof(Result));
        }

        return result;
    }
}
