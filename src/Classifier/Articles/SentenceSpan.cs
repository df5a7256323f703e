using System.Text.Json.Serialization;
using Classifier.Serialization;

namespace Classifier.Articles;

/// <summary>One sentence of a text: its characters <c>[Start, Start + Length)</c> in the original text.</summary>
/// <param name="Start">Index of the first character: 0 or more, and with <paramref name="Text"/>'s length at most <see cref="int.MaxValue"/>.</param>
/// <param name="Length">Number of characters: the length of <paramref name="Text"/>.</param>
/// <param name="Text">The sentence, exactly as it appears in the text (line breaks inside it included); not null.</param>
/// <remarks>
/// The constructor and the <c>init</c> accessors (so a <see langword="with"/> expression too) check these rules.
/// <see cref="Length"/> is always <see cref="Text"/>'s length: give a new <see cref="Text"/> and the length follows.
/// Read from JSON (see <see cref="ArticleRecordJsonConverter"/>, as for the other article records), a broken rule, a
/// missing property or an <see cref="End"/> that disagrees is a <see cref="System.Text.Json.JsonException"/>.
/// </remarks>
/// <exception cref="ArgumentNullException"><paramref name="Text"/> is null.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Start"/> is negative, or <see cref="End"/> would pass <see cref="int.MaxValue"/>.</exception>
/// <exception cref="ArgumentException"><paramref name="Length"/> is not the length of <paramref name="Text"/>.</exception>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
[JsonConverter(typeof(ArticleRecordJsonConverter))]
public sealed record SentenceSpan(int Start, int Length, string Text)
{
    /// <summary>Index of the first character in the text.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, or <see cref="End"/> would pass <see cref="int.MaxValue"/>.</exception>
    public int Start
    {
        get;
        init => field = Fits(RecordRules.NotNegative(value, nameof(Start)), this.Text.Length);
    } = RecordRules.NotNegative(Start, nameof(Start));

    /// <summary>The sentence, exactly as it appears in the text (line breaks inside it included).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="End"/> would pass <see cref="int.MaxValue"/>.</exception>
    public string Text
    {
        get;
        init
        {
            Fits(this.Start, RecordRules.NotNull(value, nameof(Text)).Length);
            field = value;
        }
    } = Checked(Start, Length, Text);

    /// <summary>Number of characters: the length of <see cref="Text"/>.</summary>
    public int Length => Text.Length;

    /// <summary>Index just past the last character.</summary>
    public int End => Start + Length;

    private static string Checked(int start, int length, string text)
    {
        RecordRules.NotNull(text, nameof(Text));
        if (length != text.Length)
        {
            throw new ArgumentException($"Length is {length}, but Text is {text.Length} characters long; Length is the length of Text.", nameof(Length));
        }

        Fits(start, length);
        return text;
    }

    /// <summary><paramref name="start"/>, when the span's end is no further than <see cref="int.MaxValue"/>.</summary>
    private static int Fits(int start, int length) => start <= int.MaxValue - length ? start
        : throw new ArgumentOutOfRangeException(nameof(Start), start,
            $"Start is {start} and Text is {length} characters long: the span would end past int.MaxValue.");
}
