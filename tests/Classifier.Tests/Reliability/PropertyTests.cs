using Classifier.Articles;
using Classifier.Data;
using Classifier.Tests.Stance;
using Classifier.Tests.Training;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Classifier.Tests.Reliability;

/// <summary>Invariants checked on random inputs (FsCheck).</summary>
[Collection(TrainingCollection.Name)]
public sealed class PropertyTests(TrainingFixture sentiment, StanceFixture stance) : IDisposable
{
    private readonly SentimentClassifier _sentiment = SentimentClassifier.Load(sentiment.ModelPath);
    private readonly StanceClassifier _stance = StanceClassifier.Load(stance.ModelPath);
    private readonly byte[] _model = File.ReadAllBytes(sentiment.ModelPath);
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Property(MaxTest = 500)]
    public bool Predict_AnyText_ProbabilitiesSumToOneAndLabelIsArgmax(NonNull<string> text) =>
        Valid(_sentiment.Predict(text.Get).Label, _sentiment.Predict(text.Get).Probabilities);

    [Property(MaxTest = 300)]
    public bool PredictStance_AnyTextAndTarget_ProbabilitiesSumToOneAndLabelIsArgmax(NonNull<string> text, NonEmptyString target)
    {
        if (string.IsNullOrWhiteSpace(target.Get) || target.Get.Any(c => char.IsControl(c) && !char.IsWhiteSpace(c))
            || !target.Get.EnumerateRunes().Any(System.Text.Rune.IsLetterOrDigit))
        {
            return true; // blank targets, and those with a control character or without a letter or digit, are rejected by design (tested elsewhere)
        }

        if (_stance.Scorer.FoundEverywhere(target.Get))
        {
            // Only function words the alias table does not know ("do"): refused by design, naming the target (FunctionWordTargetsTests).
            var refused = Record.Exception(() => _stance.Predict(text.Get, target.Get));
            return refused is ArgumentException { ParamName: "target" };
        }

        var r = _stance.Predict(text.Get, target.Get);
        return Valid(r.Label, r.Probabilities) && r.Target == target.Get;
    }

    [Property(MaxTest = 300)]
    public bool FindTargets_AnyTextAroundAKnownName_GivesKnownTargetsOnceEachMentioned(NonNull<string> before, NonNull<string> after, PositiveInt pick)
    {
        var names = _stance.Info.Aliases.Keys.Where(Classifier.Stance.TargetContext.LooksLikeName).Order(StringComparer.Ordinal).ToArray();
        var text = $"{before.Get} {names[pick.Get % names.Length]} {after.Get}";

        var found = _stance.FindTargets(text);

        return found.Count > 0 && found.Distinct(StringComparer.Ordinal).Count() == found.Count
            && found.All(t => _stance.Info.Aliases.ContainsKey(t) && _stance.FindMentions(text, t).Count > 0);
    }

    [Property(MaxTest = 300)]
    public bool Read_AnyFileContent_ThrowsOnlyDataFileException(NonNull<string> content, bool stanceTask)
    {
        var path = _dir.File($"{Guid.NewGuid():N}.tsv", content.Get.Replace('\uD800', ' ').Replace('\uDFFF', ' '));
        try
        {
            var data = LabeledDataReader.Read(path, stanceTask ? ClassifierTask.Stance : ClassifierTask.Sentiment);
            return data.Examples.All(e => e.Text.Length > 0);
        }
        catch (DataFileException ex)
        {
            return ex.Errors.Count > 0 && ex.Errors.All(e => e.Path == path);
        }
    }

    [Property(MaxTest = 200)]
    public bool Read_TsvLikeRows_ThrowsOnlyDataFileException(NonNull<string>[] cells)
    {
        var rows = string.Join('\n', cells.Select((c, i) => c.Get.Replace('\n', ' ') + (i % 3 == 2 ? "\n" : "\t")));
        var path = _dir.File($"{Guid.NewGuid():N}.tsv", "text\tlabel\textra\n" + rows.Replace('\uD800', ' '));
        try
        {
            LabeledDataReader.Read(path, ClassifierTask.Sentiment);
            return true;
        }
        catch (DataFileException)
        {
            return true;
        }
    }

    [Property(MaxTest = 200)]
    public bool Load_AnyBytes_ThrowsOnlyModelFileException(byte[] bytes) => LoadFailsCleanly(bytes);

    [Property(MaxTest = 150)]
    public bool Load_ModelWithRandomBytesChanged_ThrowsOnlyModelFileExceptionOrLoads(PositiveInt seed)
    {
        var bytes = _model.ToArray();
        var random = new Random(seed.Get);
        for (var i = 0; i < 1 + random.Next(8); i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 + random.Next(255));
        }

        return LoadFailsCleanly(bytes);
    }

    [Property(MaxTest = 500)]
    public bool Split_AnyText_GivesOrderedTrimmedSubstrings(NonNull<string> text)
    {
        var t = text.Get;
        var end = 0;
        foreach (var s in SentenceSplitter.Split(t))
        {
            if (s.Start < end || s.Length == 0 || s.End > t.Length || s.Text != t.Substring(s.Start, s.Length) || s.Text.Trim() != s.Text)
            {
                return false;
            }

            end = s.End;
        }

        return true;
    }

    private static bool Valid(string label, LabelProbabilities p) =>
        Math.Abs(p.Values.Sum() - 1) <= 1e-5 && p.Values.All(v => v is >= 0 and <= 1) && p[label] == p.Values.Max();

    private static bool LoadFailsCleanly(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            SentimentClassifier.Load(stream);
            return true; // a change that keeps every checksum valid is not damage (it cannot happen by chance)
        }
        catch (ModelFileException ex)
        {
            return ex.Path == "(stream)" && ex.Reason.Length > 0;
        }
    }
}
