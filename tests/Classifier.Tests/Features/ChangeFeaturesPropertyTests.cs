using Classifier.Features;
using FsCheck;
using FsCheck.Xunit;

namespace Classifier.Tests.Features;

/// <summary>Change marking with every extension on, on random text (FsCheck).</summary>
public sealed class ChangeFeaturesPropertyTests
{
    private static readonly FeaturizerSettings AllChanges = new()
    {
        MarkMoodChanges = true, AppositiveChanges = true, ObjectChanges = true, MarkComparisons = true, MarkMeasures = true,
        MarkExpectations = true,
    };

    private static readonly string[] Words =
        ["cut", "raised", "jobs", "costs", "deficit", "higher", "lower", "1,200", "3.5", ",", ".", "the", "its", "in", "of", "fell", "rose", "profit", "loss", "not", "staff", "hopes", "faded", "a", "drop",
            "than", "expected", "feared", "hoped", "forecasts", "beat", "missed", "short", "more", "less", "smaller", "better", "slowly"];

    [Property(MaxTest = 500)]
    public bool Extract_AnyTextWithAllChangeExtensions_SpansLieInTheText(NonNull<string> text) => SpansInside(text.Get);

    [Property(MaxTest = 500)]
    public bool Extract_AnyRunOfChangeWords_SpansLieInTheText(PositiveInt[] picks) =>
        SpansInside(string.Join(' ', picks.Select(p => Words[p.Get % Words.Length])));

    private static bool SpansInside(string text)
    {
        var sink = new FeatureSink { Trace = [] };
        FeatureExtractor.Extract(AllChanges, text, sink);
        var (start, end) = sink.ChangeRange;
        for (var i = start; i < end; i++)
        {
            var (from, to) = sink.Trace![i];
            if (from < 0 || to > text.Length || from >= to)
            {
                return false;
            }
        }

        return true;
    }
}
