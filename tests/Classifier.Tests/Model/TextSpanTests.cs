namespace Classifier.Tests.Model;

/// <summary>
/// <see cref="TextSpan"/> refuses a negative start or length and a span ending past <see cref="int.MaxValue"/>, from its
/// constructor and from <c>with</c> expressions; its default, made without the checks, is the empty span at 0, which they allow.
/// </summary>
public sealed class TextSpanTests
{
    private static readonly TextSpan Span = new(10, 5);

    public static TheoryData<Func<object>, string, string> BadSpans => new()
    {
        { () => new TextSpan(-1, 2), "Start", "Start is -1; it must be 0 or more." },
        { () => new TextSpan(3, -1), "Length", "Length is -1; it must be 0 or more." },
        { () => new TextSpan(int.MaxValue, 1), "Length", "Start is 2147483647 and Length is 1: the span would end past int.MaxValue." },
        { () => Span with { Start = -3 }, "Start", "Start is -3; it must be 0 or more." },
        { () => Span with { Length = int.MinValue }, "Length", "Length is -2147483648; it must be 0 or more." },
        { () => Span with { Start = int.MaxValue - 4 }, "Start", "Start is 2147483643 and Length is 5: the span would end past int.MaxValue." },
        { () => Span with { Length = int.MaxValue }, "Length", "Start is 10 and Length is 2147483647: the span would end past int.MaxValue." },
    };

    [Theory]
    [MemberData(nameof(BadSpans))]
    public void Create_BadValue_ThrowsNamingTheValue(Func<object> create, string parameter, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(create);

        Assert.Equal(parameter, error.ParamName);
        Assert.Equal($"{message} (Parameter '{parameter}')", error.Message.Split(Environment.NewLine)[0]);
    }

    [Fact]
    public void Create_EdgesAndDefault_AreAccepted()
    {
        var last = new TextSpan(int.MaxValue, 0);
        var whole = Span with { Start = 0, Length = int.MaxValue };

        Assert.Equal((int.MaxValue, 0, 0, int.MaxValue), (last.Start, last.Length, whole.Start, whole.Length));
        Assert.Equal(new TextSpan(0, 0), default);
        Assert.Equal(new TextSpan(0, 0), new TextSpan());
    }
}
