namespace Classifier.Features;

/// <summary>
/// One match of the lexicon in a text, as <see cref="Lexicon"/> finds it before emitting (<see cref="FeaturizerSettings.MarkShifters"/>):
/// its first character, its length, its value (polarity times strength) and whether a negation scope holds it.
/// </summary>
internal readonly record struct LexiconMatch(int Start, int Length, sbyte Value, bool Negated);
