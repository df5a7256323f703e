using Classifier.Articles;

namespace Classifier;

/// <summary>A span of characters <c>[Start, Start + Length)</c> of the explained text.</summary>
/// <param name="Start">Index of the first character: 0 or more.</param>
/// <param name="Length">Number of characters: 0 or more, and with <paramref name="Start"/> at most <see cref="int.MaxValue"/>.</param>
/// <remarks>
/// The constructor and the <c>init</c> accessors (so a <see langword="with"/> expression too) check these rules; JSON
/// read as a span is checked by them too, a broken rule being a <see cref="System.Text.Json.JsonException"/>
/// (<see cref="Serialization.TextSpanJsonConverter"/>).
/// <see langword="default"/>(<see cref="TextSpan"/>), as every struct's default, is made without them; it is the empty span
/// at 0, which they allow, so no <see cref="TextSpan"/> breaks them.
/// </remarks>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Start"/> or <paramref name="Length"/> is negative, or the span would end past <see cref="int.MaxValue"/>.</exception>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.TextSpanJsonConverter))]
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Index of the first character.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, or the span would end past <see cref="int.MaxValue"/>.</exception>
    public int Start
    {
        get;
        init => field = Ending(RecordRules.NotNegative(value, nameof(Start)), this.Length, nameof(Start));
    } = RecordRules.NotNegative(Start, nameof(Start));

    /// <summary>Number of characters.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, or the span would end past <see cref="int.MaxValue"/>.</exception>
    public int Length
    {
        get;
        init
        {
            Ending(this.Start, RecordRules.NotNegative(value, nameof(Length)), nameof(Length));
            field = value;
        }
    } = CheckedLength(Start, Length);

    /// <summary>Whether a span of <paramref name="start"/> and <paramref name="length"/> keeps the rules (for readers that report a bad span their own way).</summary>
    internal static bool Fits(int start, int length) => start >= 0 && length >= 0 && start <= int.MaxValue - length;

    private static int CheckedLength(int start, int length)
    {
        Ending(start, RecordRules.NotNegative(length, nameof(Length)), nameof(Length));
        return length;
    }

    /// <summary><paramref name="start"/>, when a span of <paramref name="length"/> from it ends by <see cref="int.MaxValue"/>.</summary>
    private static int Ending(int start, int length, string parameter) => start <= int.MaxValue - length ? start
        : throw new ArgumentOutOfRangeException(parameter, parameter == nameof(Start) ? start : length,
            $"Start is {start} and Length is {length}: the span would end past int.MaxValue.");
}
