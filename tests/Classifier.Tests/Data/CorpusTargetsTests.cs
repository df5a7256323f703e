using Classifier.Data;
using Classifier.Stance;

namespace Classifier.Tests.Data;

/// <summary>
/// The stance corpus keeps the promises of data/GUIDELINES.md, section 3: the "Training only" targets (two batches)
/// are labeled in train.tsv and in no held-out file, so every held-out figure stays a measure of the targets it had before.
/// The exceptions, named there too, are the three test_absent_issues files: they measure issues the model trained on, all of them,
/// and test_digit_names.tsv, whose G7 rows name the target with a digit.
/// </summary>
public sealed class CorpusTargetsTests
{
    private static readonly string[] TrainingOnly =
    [
        "Kenya", "Hungary", "Greece", "Serbia", "Azerbaijan", "Armenia", "Colombia", "Thailand", "Bangladesh", "Iraq",
        "Lebanon", "Belarus", "Norway", "IMF", "WHO", "OPEC", "G7", "ICC", "Arab League", "Red Cross",
        "minimum wage", "fishing quotas", "digital services tax", "asylum reform", "nuclear testing",

        // The issue batch of the thirteenth session, added by a trial of the fourteenth.
        "capital controls", "coal phase-out", "congestion charging", "data localisation", "drone strikes",
        "electric vehicle mandates", "emergency rule", "extradition", "facial recognition", "fracking", "gene-edited crops",
        "hydropower dams", "judicial reform", "land reform", "mandatory vaccination", "offshore wind",
        "online age verification", "pension reform", "plastic bans", "privatisation", "rent control", "school vouchers",
        "sugar tax", "term limits", "the border wall", "the death penalty", "the four-day week", "wealth tax",
    ];

    /// <summary>Trained issues a sentence is about or does not touch, drawn from every issue of train.tsv (seventeenth and eighteenth sessions).</summary>
    private static readonly string[] AbsentIssues = ["test_absent_issues.tsv", "test_absent_issues_second.tsv", "test_absent_issues_third.tsv"];

    /// <summary>Targets named with a digit (twenty-sixth session): the G7 and the nuclear deal as trained, eight others no other file uses.</summary>
    private const string DigitNames = "test_digit_names.tsv";

    /// <summary>Issues named with a polarity word (thirtieth session), no other file uses.</summary>
    private const string PolarNames = "test_polar_names.tsv";

    /// <summary>Unseen issues a sentence is about or does not touch (thirty-first session), no other file uses.</summary>
    private const string UnseenUntouched = "test_unseen_untouched.tsv";

    private const string UnseenUntouchedSecond = "test_unseen_untouched_second.tsv";

    [Fact]
    public void DigitNamesFile_TrainingOnlyTargets_AreOnlyTheG7()
    {
        var digitTargets = LabeledDataReader.Read(TestPaths.Data("stance", DigitNames), ClassifierTask.Stance).Examples
            .Select(example => example.Target!)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["G7"], TrainingOnly.Where(digitTargets.Contains));
    }

    [Fact]
    public void DigitNamesFile_UntrainedTargets_AreInNoOtherLabeledFile()
    {
        string[] own = ["Article 5", "Section 230", "Vision 2030", "Agenda 2030", "5G networks", "Resolution 2231", "Article 50", "Title 42"];
        var elsewhere = TargetsOfTheOtherLabeledFiles(DigitNames);
        var digitTargets = TargetsOf(DigitNames);

        Assert.All(own, target => Assert.Contains(target, digitTargets));
        Assert.DoesNotContain(own, elsewhere.Contains);
    }

    [Theory]
    [InlineData(UnseenUntouched, "lowering the voting age", "the monarchy", "affirmative action", "Sunday trading laws", "cashless payments",
        "cryptocurrency mining", "hosting the Olympics", "heritage listing", "youth curfews", "marine protected areas", "pet microchipping", "drone deliveries")]
    [InlineData(UnseenUntouchedSecond, "ranked-choice voting", "recall elections", "citizenship tests", "buy-now-pay-later lending", "self-checkout tills",
        "bank branch closures", "car-free city centres", "busking licences", "late-night licensing", "light pollution limits", "satellite broadband",
        "hedgerow protection")]
    public void UnseenUntouchedFile_Targets_AreTwelveIssuesInNoOtherLabeledFile(string file, params string[] own)
    {
        // GUIDELINES.md, "Unseen issues a sentence does not touch" (thirty-first session): each sentence toward one of twelve
        // issues no other file uses that it is about, and two it does not touch.
        var elsewhere = TargetsOfTheOtherLabeledFiles(file);
        var rows = LabeledDataReader.Read(TestPaths.Data("stance", file), ClassifierTask.Stance).Examples;

        Assert.Equal(own.Order(StringComparer.Ordinal), TargetsOf(file).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(own, elsewhere.Contains);
        Assert.All(rows.GroupBy(example => example.Text), sentence => Assert.Equal(3, sentence.Count()));
        Assert.All(rows.GroupBy(example => example.Text), sentence => Assert.Equal(["none", "none"], sentence.Skip(1).Select(example => example.Label)));
    }

    [Fact]
    public void PolarNamesFile_OwnTargets_AreInNoOtherLabeledFile()
    {
        // GUIDELINES.md, "Names with polarity words" (thirtieth session): twelve issues no other file uses, beside second
        // rows toward trained targets.
        string[] own =
        [
            "clean air zones", "safe injection sites", "smart motorways", "hate speech laws", "the war on drugs", "anti-terror laws",
            "fair-trade labelling", "zero-tolerance policing", "good Samaritan laws", "junk food advertising bans", "dangerous dogs laws",
            "the hostile environment policy",
        ];
        var elsewhere = TargetsOfTheOtherLabeledFiles(PolarNames);
        var polarTargets = TargetsOf(PolarNames);

        Assert.All(own, target => Assert.Contains(target, polarTargets));
        Assert.DoesNotContain(own, elsewhere.Contains);
        Assert.DoesNotContain(polarTargets, TrainingOnly.Contains);
    }

    /// <summary>The targets of a stance file of data/, as written.</summary>
    private static HashSet<string> TargetsOf(string file) =>
        LabeledDataReader.Read(TestPaths.Data("stance", file), ClassifierTask.Stance).Examples
            .Select(example => example.Target!)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The targets, in any case, of every labeled stance file of data/ but <paramref name="file"/> and the second reading (dev, train*, test*, not_added*).</summary>
    private static HashSet<string> TargetsOfTheOtherLabeledFiles(string file) =>
        Directory.GetFiles(TestPaths.Data("stance"), "*.tsv")
            .Select(Path.GetFileName)
            .Where(name => name is "dev.tsv" || name!.StartsWith("train", StringComparison.Ordinal) || name.StartsWith("test", StringComparison.Ordinal) || name.StartsWith("not_added", StringComparison.Ordinal))
            .Where(name => name != "test_second_reading.tsv" && name != file)
            .SelectMany(name => LabeledDataReader.Read(TestPaths.Data("stance", name!), ClassifierTask.Stance).Examples)
            .Select(example => example.Target!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void DigitNamesFile_EverySentence_NamesExactlyOneDigitTargetAsWritten()
    {
        // GUIDELINES.md, "Names with digits": the G7 as "G7", "G-7" or "Group of 7", the nuclear deal only as "the 2015
        // deal", the eight others by their exact name.
        var forms = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["G7"] = ["G7", "G-7", "Group of 7"],
            ["the nuclear deal"] = ["2015 deal"],
            ["Article 5"] = ["Article 5"], ["Section 230"] = ["Section 230"], ["Vision 2030"] = ["Vision 2030"],
            ["Agenda 2030"] = ["Agenda 2030"], ["5G networks"] = ["5G networks"], ["Resolution 2231"] = ["Resolution 2231"],
            ["Article 50"] = ["Article 50"], ["Title 42"] = ["Title 42"],
        };
        var sentences = LabeledDataReader.Read(TestPaths.Data("stance", DigitNames), ClassifierTask.Stance).Examples
            .GroupBy(example => example.Text, StringComparer.Ordinal)
            .ToArray();

        Assert.NotEmpty(sentences);
        Assert.All(sentences, sentence =>
        {
            var digit = sentence.Where(example => forms.ContainsKey(example.Target!)).ToArray();
            Assert.True(digit.Length == 1, sentence.Key);
            Assert.True(forms[digit[0].Target!].Any(form => System.Text.RegularExpressions.Regex.IsMatch(
                sentence.Key, $@"(?<![\w-]){System.Text.RegularExpressions.Regex.Escape(form)}(?![\w])")), sentence.Key);
        });
    }

    [Fact]
    public void StanceCorpus_TrainingOnlyTargets_AreExactlyTheTrainTargetsNoHeldOutFileUses()
    {
        var heldOut = Directory.GetFiles(TestPaths.Data("stance"), "*.tsv")
            .Where(path => Path.GetFileName(path) is "dev.tsv" || Path.GetFileName(path).StartsWith("test", StringComparison.Ordinal))
            .Where(path => Path.GetFileName(path) is not ("test_second_reading.tsv" or DigitNames) && !AbsentIssues.Contains(Path.GetFileName(path)))
            .SelectMany(path => LabeledDataReader.Read(path, ClassifierTask.Stance).Examples)
            .Select(example => example.Target!)
            .ToHashSet(StringComparer.Ordinal);
        var train = LabeledDataReader.Read(TestPaths.Data("stance", "train.tsv"), ClassifierTask.Stance).Examples
            .Select(example => example.Target!)
            .ToHashSet(StringComparer.Ordinal);

        var onlyInTraining = train.Except(heldOut).Order(StringComparer.Ordinal);

        Assert.Equal(TrainingOnly.Order(StringComparer.Ordinal), onlyInTraining);
    }

    [Theory]
    [InlineData("test_absent_issues.tsv")]
    [InlineData("test_absent_issues_second.tsv")]
    [InlineData("test_absent_issues_third.tsv")]
    public void AbsentIssuesFile_Targets_AreAllTrainedIssues(string file)
    {
        var train = LabeledDataReader.Read(TestPaths.Data("stance", "train.tsv"), ClassifierTask.Stance).Examples
            .Select(example => example.Target!)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains(file, AbsentIssues);
        var targets = LabeledDataReader.Read(TestPaths.Data("stance", file), ClassifierTask.Stance).Examples
            .Select(example => example.Target!)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        Assert.NotEmpty(targets);
        Assert.All(targets, target => Assert.Contains(target, train));
        Assert.All(targets, target => Assert.False(TargetContext.LooksLikeName(target), target));
    }
}
