using Classifier.Features;

namespace Classifier.Tests.Features;

/// <summary>
/// Each <see cref="FeaturizerSettings"/> setting with a documented range refuses a value outside it as it is set (object
/// initializer or <c>with</c>), with the message <see cref="FeaturizerSettings.Validate"/> gave before; the rules between
/// settings stay <see cref="FeaturizerSettings.Validate"/>'s.
/// </summary>
public sealed class FeaturizerSettingsValidationTests
{
    private static readonly FeaturizerSettings Defaults = new();

    public static TheoryData<Func<object>, string, string> OutOfRange => new()
    {
        { () => new FeaturizerSettings { WordNgramMax = 5 }, "WordNgramMax", "WordNgramMax must be between 0 and 4." },
        { () => Defaults with { CharNgramMax = -1 }, "CharNgramMax", "CharNgramMax must be between 0 and 8." },
        { () => Defaults with { WordMinCount = 0 }, "WordMinCount", "WordMinCount must be between 1 and 1000." },
        { () => Defaults with { CharMinCount = 1001 }, "CharMinCount", "CharMinCount must be between 1 and 1000." },
        { () => Defaults with { MaxFeatures = 999 }, "MaxFeatures", "MaxFeatures must be 0 (no cap) or between 1000 and 10000000." },
        { () => Defaults with { MaxTextLength = 99 }, "MaxTextLength", "MaxTextLength must be between 100 and 1000000." },
        { () => Defaults with { MentionWindow = 21 }, "MentionWindow", "MentionWindow must be between 0 and 20." },
        { () => Defaults with { VectorWeight = 0 }, "VectorWeight", "VectorWeight must be between 0.01 and 10." },
        { () => Defaults with { CrossedWeight = float.NaN }, "CrossedWeight", "CrossedWeight must be between 0.01 and 10." },
        { () => Defaults with { MentionWeight = 10.5f }, "MentionWeight", "MentionWeight must be between 0.01 and 10." },
        { () => new FeaturizerSettings { LexiconWeight = -1 }, "LexiconWeight", "LexiconWeight must be between 0.01 and 10." },
        { () => Defaults with { UntouchedIssueMargin = 0.005f }, "UntouchedIssueMargin", "UntouchedIssueMargin must be 0 (off) or between 0.01 and 1." },
        { () => Defaults with { UnseenIssueFloor = 0.01f }, "UnseenIssueFloor", "UnseenIssueFloor must be 0 (off) or between 0.05 and 1." },
        { () => Defaults with { UnseenIssueFloor = 1.01f }, "UnseenIssueFloor", "UnseenIssueFloor must be 0 (off) or between 0.05 and 1." },
        { () => Defaults with { UnseenIssueFloor = float.NaN }, "UnseenIssueFloor", "UnseenIssueFloor must be 0 (off) or between 0.05 and 1." },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Init_ValueOutsideItsRange_ThrowsNamingTheSetting(Func<object> create, string parameter, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(create);

        Assert.Equal(parameter, error.ParamName);
        Assert.Equal($"{message} (Parameter '{parameter}')", error.Message.Split(Environment.NewLine)[0]);
    }

    [Fact]
    public void Init_EdgesOfEachRange_AreAccepted()
    {
        var low = new FeaturizerSettings { WordNgramMax = 0, CharNgramMax = 8, WordMinCount = 1, CharMinCount = 1000, MaxFeatures = 0, MaxTextLength = 100,
            MentionWindow = 20, VectorWeight = 0.01f, CrossedWeight = 10, UntouchedIssueMargin = 1, UnseenIssueFloor = 0.05f };

        var high = low with { WordNgramMax = 4, CharNgramMax = 0, MaxFeatures = 10_000_000, MaxTextLength = 1_000_000, MentionWindow = 0, UntouchedIssueMargin = 0,
            UnseenIssueFloor = 0 };
        var highest = low with { UnseenIssueFloor = 1f };

        low.Validate();
        high.Validate();
        highest.Validate();
        Assert.Equal((0, 10_000_000), (low.WordNgramMax, high.MaxFeatures));
    }

    [Fact]
    public void Validate_CharNgramMinAboveMax_StillThrowsThere()
    {
        // A rule between two settings: an initializer may set them in either order, so only Validate checks it.
        var settings = new FeaturizerSettings { CharNgramMin = 6, CharNgramMax = 5 };

        var error = Assert.Throws<ArgumentOutOfRangeException>(settings.Validate);

        Assert.Equal("CharNgramMin must be between 1 and 5. (Parameter 'CharNgramMin')", error.Message.Split(Environment.NewLine)[0]);
    }

    [Fact]
    public void Validate_UnseenIssueFloorWithoutMentionFeatures_ThrowsSayingWhatItNeeds()
    {
        var settings = new FeaturizerSettings { MentionWindow = 0, UnseenIssueFloor = 0.3f };

        var error = Assert.Throws<ArgumentOutOfRangeException>(settings.Validate);

        Assert.Equal("UnseenIssueFloor", error.ParamName);
        Assert.StartsWith("UnseenIssueFloor needs the mention features to tell whether a text names the issue; set MentionWindow above 0 or the setting to 0.",
            error.Message);
    }
}
