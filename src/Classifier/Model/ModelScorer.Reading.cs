using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Model;

/// <summary>The text a model reads of what it is given: without its invisible format characters and with its accents composed (<see cref="ReadingForm"/>), and its first <see cref="FeaturizerSettings.MaxTextLength"/> characters.</summary>
internal sealed partial class ModelScorer
{
    /// <summary>
    /// <paramref name="text"/> as the model's features read it: its first <see cref="FeaturizerSettings.MaxTextLength"/>
    /// characters as read (<see cref="ReadingForm.Of(string, int)"/>); the same instance, not cut, when reading changes none, so ordinary text costs one search and no copy.
    /// </summary>
    public string Visible(string text) => ReadingForm.Of(text, Info.Featurizer.MaxTextLength);

    /// <summary><see cref="Visible(string)"/>, with the map that gives the spans of the result in <paramref name="text"/> (<see cref="ReadingForm.Original"/>); null when it is <paramref name="text"/>.</summary>
    public string Visible(string text, out ReadingMap? map) => ReadingForm.Of(text, Info.Featurizer.MaxTextLength, out map);

    /// <summary>The part of <paramref name="text"/> the model reads: <see cref="Visible(string, out ReadingMap)"/>, cut to its first <see cref="FeaturizerSettings.MaxTextLength"/> characters.</summary>
    public string Readable(string text, out ReadingMap? map)
    {
        var read = Visible(text, out map);
        return read.Length > Info.Featurizer.MaxTextLength ? read[..Info.Featurizer.MaxTextLength] : read;
    }

    /// <summary>The known targets the part of <paramref name="text"/> the model reads names (<see cref="TargetFinder"/>), after a dateline the model skips.</summary>
    public string[] FindTargets(string text)
    {
        var read = Readable(text, out _);
        return TargetFinder.Find(Aliases, read, Unread(read), NamesDigitsFolded);
    }
}
