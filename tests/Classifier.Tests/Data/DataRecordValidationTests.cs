using Classifier.Data;

namespace Classifier.Tests.Data;

/// <summary>
/// <see cref="DataFileError"/> and <see cref="LabeledExample"/> refuse values no data file could give, from their constructors
/// and from <c>with</c> expressions (their <c>init</c> accessors), with messages naming the parameter and the value.
/// </summary>
public sealed class DataRecordValidationTests
{
    private static readonly DataFileError Error = new("train.tsv", 3, "empty text; write the sentence in the 'text' column or delete the row");

    private static readonly LabeledExample Sentiment = new("Talks resumed.", "positive", null, "train.tsv", 2);

    private static readonly LabeledExample Stance = new("Beijing praised the pact.", "favor", "China", "train.tsv", 2);

    public static TheoryData<string, Func<object>, string, string> DataFileErrors => new()
    {
        { nameof(ArgumentNullException), () => new DataFileError(null!, 3, "bad"), "Path", "Path is null." },
        { nameof(ArgumentNullException), () => Error with { Path = null! }, "Path", "Path is null." },
        { nameof(ArgumentOutOfRangeException), () => new DataFileError("a.tsv", -1, "bad"), "Line", "Line is -1; it must be 0 or more." },
        { nameof(ArgumentOutOfRangeException), () => Error with { Line = -2 }, "Line", "Line is -2; it must be 0 or more." },
        { nameof(ArgumentNullException), () => new DataFileError("a.tsv", 1, null!), "Message", "Message is null." },
        { nameof(ArgumentException), () => new DataFileError("a.tsv", 1, " "), "Message", "Message is empty or white space; it must be what is wrong and what to do about it." },
        { nameof(ArgumentException), () => Error with { Message = "" }, "Message", "Message is empty or white space; it must be what is wrong and what to do about it." },
    };

    [Theory]
    [MemberData(nameof(DataFileErrors))]
    public void DataFileError_ValueNoFileGives_Throws(string exception, Func<object> create, string parameter, string message) =>
        Refused(exception, create, parameter, message);

    [Fact]
    public void DataFileError_LineZeroAndEmptyPath_AreAccepted()
    {
        // Line 0 is a whole-file error; an empty path is what a user gave (--data ""), whose error must still be said.
        Assert.Equal(": file is empty", new DataFileError("", 0, "file is empty").ToString());
        Assert.Equal("a.tsv: whole file", (Error with { Path = "a.tsv", Line = 0, Message = "whole file" }).ToString());
    }

    public static TheoryData<string, Func<object>, string, string> LabeledExamples => new()
    {
        { nameof(ArgumentNullException), () => new LabeledExample(null!, "positive", null, "a.tsv", 2), "Text", "Text is null." },
        { nameof(ArgumentException), () => new LabeledExample(" \t", "positive", null, "a.tsv", 2), "Text", "Text is empty or white space; it must be the sentence." },
        { nameof(ArgumentException), () => Sentiment with { Text = "" }, "Text", "Text is empty or white space; it must be the sentence." },
        { nameof(ArgumentNullException), () => new LabeledExample("x", null!, null, "a.tsv", 2), "Label", "Label is null." },
        { nameof(ArgumentException), () => new LabeledExample("x", "favor", null, "a.tsv", 2), "Label", "Label is 'favor'; it must be one of: negative, neutral, positive." },
        { nameof(ArgumentException), () => new LabeledExample("x", "positive", "China", "a.tsv", 2), "Label", "Label is 'positive'; it must be one of: against, none, favor." },
        { nameof(ArgumentException), () => Sentiment with { Label = "Positive" }, "Label", "Label is 'Positive'; it must be one of: negative, neutral, positive." },
        { nameof(ArgumentException), () => Stance with { Label = "neutral" }, "Label", "Label is 'neutral'; it must be one of: against, none, favor." },
        { nameof(ArgumentException), () => new LabeledExample("x", "favor", " ", "a.tsv", 2), "Target", "Target is empty or white space; a result's target is a name." },
        { nameof(ArgumentException), () => Stance with { Target = new string('x', 301) }, "Target",
            "Target is 301 characters long, more than the 300 a target may have (StanceClassifier.MaxTargetLength)." },
        { nameof(ArgumentException), () => Stance with { Target = null }, "Target",
            "Target is null, but Label is 'favor', no sentiment label; a with expression keeps the row's task: make a new LabeledExample." },
        { nameof(ArgumentException), () => Sentiment with { Target = "China", Label = "favor" }, "Target",
            "Target is 'China', but Label is 'positive', no stance label; a with expression keeps the row's task: make a new LabeledExample." },
        { nameof(ArgumentNullException), () => new LabeledExample("x", "positive", null, null!, 2), "Path", "Path is null." },
        { nameof(ArgumentNullException), () => Stance with { Path = null! }, "Path", "Path is null." },
        { nameof(ArgumentOutOfRangeException), () => new LabeledExample("x", "positive", null, "a.tsv", 0), "Line", "Line is 0; it must be 1 or more." },
        { nameof(ArgumentOutOfRangeException), () => Sentiment with { Line = -4 }, "Line", "Line is -4; it must be 1 or more." },
    };

    [Theory]
    [MemberData(nameof(LabeledExamples))]
    public void LabeledExample_ValueNoFileGives_Throws(string exception, Func<object> create, string parameter, string message) =>
        Refused(exception, create, parameter, message);

    [Fact]
    public void LabeledExample_WithValuesOfItsTask_KeepsTheRest()
    {
        var changed = Stance with { Target = "Beijing", Label = "against", Line = 9 };

        Assert.Equal(new LabeledExample("Beijing praised the pact.", "against", "Beijing", "train.tsv", 9), changed);
        Assert.Equal("train.tsv:9", changed.Location);
    }

    private static void Refused(string exception, Func<object> create, string parameter, string message)
    {
        var error = Assert.ThrowsAny<ArgumentException>(create);
        Assert.Equal(exception, error.GetType().Name);
        Assert.Equal(parameter, error.ParamName);
        Assert.Equal($"{message} (Parameter '{parameter}')", error.Message.Split(Environment.NewLine)[0]);
    }
}
