using Classifier.Data;
using Classifier.Features;
using Classifier.Stance;
using Classifier.Training.Training;

namespace Classifier.Tests.Stance;

/// <summary>Targets phrased as motions, read as for or against their subject (<see cref="FeaturizerSettings.TargetPolarity"/>).</summary>
public sealed class TargetPolarityTests
{
    private static readonly AliasTable NoAliases = new(new Dictionary<string, IReadOnlyList<string>>());

    private static readonly LexiconEntry[] Entries =
    [
        new("good", 1, 1), new("great", 1, 1), new("benefits", 1, 1), new("healthy", 1, 1),
        new("bad", -1, 1), new("terrible", -1, 1), new("harm", -1, 1), new("dangerous", -1, 1),
    ];

    private static readonly FeaturizerSettings On = new() { TargetPolarity = true, MentionWindow = 0 };

    [Theory]
    [InlineData("boxing", 1)]
    [InlineData("Japan", 1)]
    [InlineData("This house would ban boxing", -1)]
    [InlineData("Tobacco growing should not be subsidised", -1)]
    [InlineData("States should not ban boxing", 1)]
    [InlineData("sanctions on Russia", -1)]
    [InlineData("sanctions", 1)]
    [InlineData("the travel ban", 1)]
    [InlineData("an end to the war", -1)]
    [InlineData("Violent video games should be banned", -1)]
    [InlineData("This house would abolish the monarchy", -1)]
    [InlineData("Cities shouldn't restrict cars", 1)]
    [InlineData("Bu𝐬stop shelters", 1)] // one word with a mathematical letter in it, not "bu" and the flipping "stop"
    public void Of_Target_IsAgainstItsSubjectOnAnOddNumberOfFlippingWords(string target, int expected) =>
        Assert.Equal(expected, TargetPolarity.Of(target));

    [Fact]
    public void Extract_PraiseOfTheSubject_AgreesWithTheSubjectAndClashesWithItsBan()
    {
        const string praise = "Boxing is good for young people.";
        const string criticism = "Boxing is bad for young people.";

        var praiseForSubject = MentionKeys(On, praise, "boxing");
        var praiseForBan = MentionKeys(On, praise, "This house would ban boxing");
        var criticismForBan = MentionKeys(On, criticism, "This house would ban boxing");

        Assert.Equal(2, praiseForSubject.Length);
        Assert.Empty(praiseForSubject.Intersect(praiseForBan));
        Assert.Equal(praiseForSubject, criticismForBan);
    }

    [Fact]
    public void Extract_NegatedPraise_ReadsAsCriticism()
    {
        var negated = MentionKeys(On, "Boxing is not good for young people.", "boxing");
        var criticism = MentionKeys(On, "Boxing is bad for young people.", "boxing");
        var praise = MentionKeys(On, "Boxing is good for young people.", "boxing");

        Assert.Equal(2, negated.Length);
        Assert.Equal(criticism, negated);
        Assert.NotEqual(praise, negated);
    }

    [Fact]
    public void Extract_NoPolarityWords_AddsOnlyTheNeutralNetKey()
    {
        var forSubject = MentionKeys(On, "Boxing was on the schedule.", "boxing");
        var forBan = MentionKeys(On, "Boxing was on the schedule.", "ban boxing");

        Assert.Single(forSubject);
        Assert.Equal(forSubject, forBan);
    }

    [Fact]
    public void Extract_WithMentionWindow_AddsItsKeysToTheMentionFeatures()
    {
        const string text = "Boxing is good for young people.";
        var mentions = new FeaturizerSettings();

        var without = MentionKeys(mentions, text, "boxing");
        var with = MentionKeys(mentions with { TargetPolarity = true }, text, "boxing");

        Assert.Equal(without, with[..without.Length]);
        Assert.Equal(without.Length + 2, with.Length);
    }

    [Fact]
    public void Train_TargetPolarityOn_CarriesPraiseToAnUnseenMotionAsAgainst()
    {
        using var dir = new TempDirectory();
        var data = LabeledDataReader.Read(dir.File("train.tsv", Rows(["boxing", "cycling", "chess", "fishing", "hunting", "gambling"])), ClassifierTask.Stance);
        var trainer = new ModelTrainer(On, new TrainerSettings { Threads = 1 }, seed: 1) { Lexicon = Entries };

        var model = trainer.Train(data).ToScorer();

        const string praise = "Sailing brings great benefits to young people.";
        Assert.Equal("favor", Label(model, praise, "sailing"));
        Assert.Equal("against", Label(model, praise, "This house would ban sailing"));
        Assert.Equal("favor", Label(model, "Sailing is dangerous and causes terrible harm.", "This house would ban sailing"));
        var explanation = Classifier.Model.Explainer.Explain(model, praise, TargetContext.Create("This house would ban sailing", model.Featurizer.Aliases), top: 20);
        Assert.Equal("against", explanation.Label);
        Assert.Contains(explanation.Contributions, c => c.Kind == FeatureKind.Mention && c.Feature == "great");
        Assert.Contains(explanation.Contributions, c => c.Kind == FeatureKind.Mention && c.Feature.Contains("polarity toward its subject"));
    }

    private static string Rows(string[] subjects)
    {
        string[] praise = ["{0} is good for young people.", "{0} brings great benefits.", "People say {0} is healthy and great."];
        string[] criticism = ["{0} is bad for young people.", "{0} causes terrible harm.", "People say {0} is dangerous and bad."];
        var lines = new List<string> { "text\ttarget\tlabel" };
        foreach (var s in subjects)
        {
            var name = char.ToUpperInvariant(s[0]) + s[1..];
            lines.AddRange(praise.Select(p => $"{string.Format(p, name)}\t{s}\tfavor"));
            lines.AddRange(praise.Select(p => $"{string.Format(p, name)}\tThis house would ban {s}\tagainst"));
            lines.AddRange(criticism.Select(c => $"{string.Format(c, name)}\t{s}\tagainst"));
            lines.AddRange(criticism.Select(c => $"{string.Format(c, name)}\tThis house would ban {s}\tfavor"));
        }

        return string.Join('\n', lines) + "\n";
    }

    private static string Label(Classifier.Model.ModelScorer model, string text, string target)
    {
        var probabilities = new double[model.Classes];
        model.Probabilities(text, TargetContext.Create(target, model.Featurizer.Aliases), probabilities);
        return model.Labels[Array.IndexOf(probabilities, probabilities.Max())];
    }

    private static ulong[] MentionKeys(FeaturizerSettings settings, string text, string target)
    {
        var sink = new FeatureSink();
        new TextFeaturizer(settings, new Lexicon(Entries), NoAliases).Extract(text, TargetContext.Create(target, NoAliases), sink);
        return sink.Keys[sink.BlockRange(FeatureBlock.Mention)].ToArray();
    }
}
