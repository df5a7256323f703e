using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Model;

/// <summary>The text a model reads of what it is given: without its invisible format characters (<see cref="InvisibleCharacters"/>), and its first <see cref="FeaturizerSettings.MaxTextLength"/> characters.</summary>
internal sealed partial class ModelScorer
{
    /// <summary>
    /// <paramref name="text"/> as the model's features read it: without the invisible characters of its first
    /// <see cref="FeaturizerSettings.MaxTextLength"/> (<see cref="InvisibleCharacters.Remove(string, int)"/>); the same
    /// instance, not cut, when they hold none, so ordinary text costs one search and no copy.
    /// </summary>
    public string Visible(string text) => InvisibleCharacters.Remove(text, Info.Featurizer.MaxTextLength);

    /// <summary><see cref="Visible(string)"/>, with the map that gives the spans of the result in <paramref name="text"/> (<see cref="InvisibleCharacters.Original"/>); null when it is <paramref name="text"/>.</summary>
    public string Visible(string text, out int[]? map) => InvisibleCharacters.Remove(text, Info.Featurizer.MaxTextLength, out map);

    /// <summary>The part of <paramref name="text"/> the model reads: <see cref="Visible(string, out int[])"/>, cut to its first <see cref="FeaturizerSettings.MaxTextLength"/> characters.</summary>
    public string Readable(string text, out int[]? map)
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
