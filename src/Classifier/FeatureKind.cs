using System.Text.Json.Serialization;

namespace Classifier;

/// <summary>
/// What kind of feature a contribution comes from. System.Text.Json writes it by name (<c>"Words"</c>), not by number;
/// a <see cref="JsonStringEnumConverter"/> in the options (as the training CLI's <c>explain --format json</c> uses, giving
/// <c>"words"</c>) takes precedence.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<FeatureKind>))]
public enum FeatureKind
{
    /// <summary>A word or a run of words (n-gram) of the text.</summary>
    Words,

    /// <summary>
    /// Character n-grams inside one word, the word padded with a space each side (summed per word). The contribution's
    /// <see cref="FeatureContribution.Feature"/> is the word as the text has it; its <see cref="FeatureContribution.DisplayText"/>
    /// shows the padding (<c>" war "</c>), so it is not read as the word itself.
    /// </summary>
    Characters,

    /// <summary>
    /// A polarity word or phrase of the model's lexicon; in a model trained with <c>markShifters</c>, also a verb that
    /// stops, prevents, ends or fails to achieve something read with what it acts on, its span covering both ("blocked
    /// the eviction", "failed to produce an agreement", "the strike was called off").
    /// </summary>
    Lexicon,

    /// <summary>Stance: words or word n-grams weighed specifically for this target.</summary>
    TargetWords,

    /// <summary>Stance: character n-grams weighed specifically for this target (summed per word).</summary>
    TargetCharacters,

    /// <summary>
    /// Stance: words around a mention of the target, or how the target is mentioned; with
    /// <see cref="Features.FeaturizerSettings.TargetPolarity"/>, also a polarity word read through a target phrased as a
    /// motion (praise of the subject agrees with "support X" and clashes with "ban X"); with
    /// <see cref="Features.FeaturizerSettings.JudgedActs"/>, also a third party's judgement of an act (its span), read
    /// through whether the target did the act or judged it; with <see cref="Features.FeaturizerSettings.MarkVictims"/>, also the
    /// target's role in a harmful act, victim or doer, and whether the act is condemned (its span: the act and the mention,
    /// "attack on the Japanese").
    /// </summary>
    Mention,

    /// <summary>
    /// A quantity and the word saying it rose or fell, read as good or bad news ("unemployment fell", "a drop in
    /// sales"); only from models trained with <c>markChanges</c>. Its span covers the quantity, the direction word
    /// and the words between them; for a change read from two figures (with <c>markComparisons</c>), up to the earlier
    /// figure, with the scale word or percent sign written onto it ("profit dropped to £40m from £71m"); for an outcome set
    /// against an expectation (with <c>markExpectations</c>), from the quantity or comparison to the expectation word
    /// ("unemployment rose less than expected", "bigger-than-expected profit", "revenue missed Wall Street forecasts").
    /// </summary>
    Change,

    /// <summary>
    /// A word's share of the text's word vector (the built-in vectors of its words, averaged; for stance also weighed
    /// for this target); only from models trained with <c>wordVectors</c>. Its span is the word.
    /// </summary>
    WordVectors,

    /// <summary>
    /// Stance: the target is a policy or issue the model trained on that the text neither names nor comes near in meaning
    /// (it comes nearer another trained issue), so none was raised (<see cref="Features.FeaturizerSettings.UntouchedIssueMargin"/>);
    /// only when none is the label, and without a span. Its weight is the rise in none's log-odds.
    /// </summary>
    UntouchedIssue,
}
