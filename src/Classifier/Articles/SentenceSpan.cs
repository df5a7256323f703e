namespace Classifier.Articles;

/// <summary>One sentence of a text: its characters <c>[Start, Start + Length)</c> in the original text.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The sentence, exactly as it appears in the text (line breaks inside it included).</param>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record SentenceSpan(int Start, int Length, string Text)
{
    /// <summary>Index just past the last character.</summary>
    public int End => Start + Length;
}
