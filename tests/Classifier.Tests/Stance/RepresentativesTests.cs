using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Classifier.Stance;
using Classifier.Training.Training;

namespace Classifier.Tests.Stance;

/// <summary>People who speak or act for a target (<see cref="ModelInfo.Representatives"/>): their names mention the target, but never resolve to it.</summary>
public sealed class RepresentativesTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Aliases = new()
    {
        ["Russia"] = ["Moscow", "the Kremlin"],
        ["China"] = ["Beijing"],
        ["United States"] = ["US", "Washington"],
    };

    private static readonly Dictionary<string, IReadOnlyList<string>> People = new()
    {
        ["Russia"] = ["Vladimir Putin", "Putin", "Lavrov"],
        ["China"] = ["Xi Jinping", "Xi"],
    };

    private static readonly AliasTable Table = new(Aliases, People);

    [Theory]
    [InlineData("European leaders condemned Putin's decree.", "Russia", "Putin|T")]
    [InlineData("Lavrov met Xi Jinping in Beijing.", "Russia", "Lavrov|T,Xi Jinping|O,Beijing|O")]
    [InlineData("Xi Jinping hosted Vladimir Putin.", "China", "Xi Jinping|T,Vladimir Putin|O")]
    [InlineData("The pianist played Lavrova's sonata.", "Russia", "")]
    public void FindMentions_PersonWhoSpeaksForATarget_MentionsThatTarget(string text, string target, string expected)
    {
        var mentions = new List<Mention>();

        Table.FindMentions(text, text.ToLowerInvariant(), [], target, mentions, namesAsWritten: true);

        Assert.Equal(expected, string.Join(",", mentions.Select(m => $"{text[m.Start..m.End]}|{(m.IsTarget ? "T" : "O")}")));
    }

    [Theory]
    [InlineData("Former President Putin criticised Beijing.", true, "Beijing|O")]
    [InlineData("Lavrov, the former foreign minister, criticised Beijing.", true, "Beijing|O")]
    [InlineData("Former President Putin criticised Beijing.", false, "Putin|T,Beijing|O")]
    [InlineData("A former Putin aide criticised Beijing.", true, "Putin|T,Beijing|O")]
    [InlineData("The former Moscow mayor criticised Xi.", true, "Moscow|T,Xi|O")]
    [InlineData("Former President Vladimir  Putin criticised Beijing.", true, "Beijing|O")]
    [InlineData("Former President Vladimir\r\nPutin criticised Beijing.", true, "Beijing|O")]
    public void FindMentions_FormerPersonWithIgnoreFormerPeople_IsNoMention(string text, bool ignoreFormer, string expected)
    {
        var table = new AliasTable(Aliases, People, ignoreFormer);
        var mentions = new List<Mention>();

        table.FindMentions(text, text.ToLowerInvariant(), [], "Russia", mentions, namesAsWritten: true);

        Assert.Equal(expected, string.Join(",", mentions.Select(m => $"{text[m.Start..m.End]}|{(m.IsTarget ? "T" : "O")}")));
    }

    [Theory]
    [InlineData("Vladimir Putin")]
    [InlineData("Putin")]
    [InlineData("xi")]
    public void Resolve_PersonsName_StaysATargetOfItsOwn(string given) =>
        Assert.Equal(given, Table.Resolve(given));

    [Theory]
    [InlineData("Vladimir Putin", "Putin said the talks were over.")]
    [InlineData("Vladimir Putin", "Critics said Vladimir Putin had overreached.")]
    [InlineData("Putin", "Critics said Vladimir Putin had overreached.")]
    public void FindMentions_PersonAsTheCallersTarget_MentionsThePersonNotTheirCountry(string target, string text)
    {
        var context = TargetContext.Create(target, Table);
        var mentions = new List<Mention>();

        Table.FindMentions(text, text.ToLowerInvariant(), context.ExtraPatterns, context.Canonical, mentions, namesAsWritten: true);

        var only = Assert.Single(mentions);
        Assert.True(only.IsTarget);
        Assert.Equal(target, only.Canonical);
    }

    [Fact]
    public void FindTargets_PeopleNamed_GivesTheTargetsTheySpeakFor()
    {
        var found = TargetFinder.Find(Table, "Putin praised Xi Jinping, and Washington said nothing.");

        Assert.Equal(["Russia", "China", "United States"], found);
    }

    [Fact]
    public void Extract_PersonInsteadOfCountryName_GivesTheSameMentionFeatures()
    {
        var settings = new FeaturizerSettings { MentionWindow = 2, MarkChanges = false };
        var withPeople = new TextFeaturizer(settings, null, Table);
        var withoutPeople = new TextFeaturizer(settings, null, new AliasTable(Aliases));

        var byPerson = MentionKeys(withPeople, "Allies condemned Putin's decree.");
        var byName = MentionKeys(withPeople, "Allies condemned Moscow's decree.");
        var unknownPerson = MentionKeys(withoutPeople, "Allies condemned Putin's decree.");

        Assert.Equal(byName, byPerson);
        Assert.NotEqual(byName, unknownPerson);
    }

    [Fact]
    public void LoadDefault_LeaderNamedInsteadOfTheCountry_ReadsTheStanceTowardTheCountry()
    {
        var stance = StanceClassifier.LoadDefault();

        var results = stance.PredictTargets("Seoul praised Kim Jong Un for reopening the border crossing.", ["North Korea", "South Korea"]);

        Assert.Contains("Kim Jong Un", stance.Info.Representatives["North Korea"]);
        Assert.Equal(["favor", "none"], results.Select(r => r.Label));
    }

    [Fact]
    public void LoadDefault_MinisterNamedBySurnameAlone_ReadsTheStanceTowardTheCountry()
    {
        var stance = StanceClassifier.LoadDefault();

        var praised = stance.Predict("European ministers praised Blinken for brokering the grain corridor.", "United States");
        var burned = stance.Predict("Protesters in Warsaw burned effigies of Shoigu outside the embassy.", "Russia");

        Assert.Contains("Blinken", stance.Info.Representatives["United States"]);
        Assert.Contains("Shoigu", stance.Info.Representatives["Russia"]);
        Assert.Equal("favor", praised.Label);
        Assert.Equal("against", burned.Label);
    }

    private static ulong[] MentionKeys(TextFeaturizer featurizer, string text)
    {
        var sink = new FeatureSink();
        featurizer.Extract(text, TargetContext.Create("Russia", featurizer.Aliases), sink);
        return sink.Keys[sink.BlockRange(FeatureBlock.Mention)].ToArray().Order().ToArray();
    }
}

/// <summary>Reading a representatives file (target, name): every error names the file, the line and what to change.</summary>
public sealed class RepresentativesFileTests : IDisposable
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Aliases = new()
    {
        ["Russia"] = ["Moscow", "the Kremlin"],
        ["China"] = ["Beijing"],
    };

    private readonly TempDirectory _dir = new();

    [Fact]
    public void Read_ValidFile_GroupsNamesByTarget()
    {
        var path = _dir.File("people.tsv", "target\tname\nRussia\tVladimir Putin\nChina\tXi Jinping\nRussia\tPutin\n");

        var table = RepresentativesFile.Read(path, Aliases);

        Assert.Equal(["Vladimir Putin", "Putin"], table["Russia"]);
        Assert.Equal(["Xi Jinping"], table["China"]);
    }

    [Theory]
    [InlineData("target\tname\nRussia\tPutin\nAtlantis\tPoseidon\n", 3, "target 'Atlantis' is not in the alias table")]
    [InlineData("target\tname\nRussia\tPutin\nBeijing\tXi Jinping\n", 3, "target 'Beijing' is another name of 'China' in the alias table; write 'China'")]
    [InlineData("target\tname\nRussia\tPutin\nChina\tthe Kremlin\n", 3, "'the Kremlin' speaks for 'China' but is also a name of the target 'Russia' in the alias table; a name is either a target's or a person's, so remove one")]
    [InlineData("target\tname\nRussia\tPutin\nChina\tputin\n", 3, "name 'putin' already belongs to 'Russia' (line 2)")]
    [InlineData("target\tperson\nRussia\tPutin\n", 1, "needs a tab-separated header with 'target' and 'name'")]
    [InlineData("target\tname\nRussia\t\n", 2, "empty target or name")]
    public void Read_BadRow_ThrowsWithFileAndLine(string contents, int line, string message)
    {
        var path = _dir.File("people.tsv", contents);

        var ex = Assert.Throws<DataFileException>(() => RepresentativesFile.Read(path, Aliases));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(path, error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Read_UnknownTargetWithAPersonWhoIsATargetsName_ReportsBoth()
    {
        // One reading reports both rows: the unknown target used to hide its people's problems until it was fixed.
        var path = _dir.File("people.tsv", "target\tname\nRussia\tPutin\nAtlantis\tthe Kremlin\n");

        var ex = Assert.Throws<DataFileException>(() => RepresentativesFile.Read(path, Aliases));

        Assert.Equal(
            [(3, "target 'Atlantis' is not in the alias table; add it there, or correct the name"),
             (3, "'the Kremlin' speaks for 'Atlantis' but is also a name of the target 'Russia' in the alias table; a name is either a target's or a person's, so remove one")],
            ex.Errors.Select(e => (e.Line, e.Message)));
    }

    [Theory]
    [InlineData("xi", "Xi")]
    [InlineData("x.i.", "X.I.")]
    [InlineData("hua", "Hua")]
    public void Read_ShortLowerCaseName_ErrorWithFileAndLineSayingToCapitalise(string name, string capitalised)
    {
        var path = _dir.File("people.tsv", $"target\tname\nRussia\tPutin\nChina\t{name}\nChina\tXi\n");

        var ex = Assert.Throws<DataFileException>(() => RepresentativesFile.Read(path, Aliases));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((path, 3, $"'{name}' has 3 letters or fewer and no capital, so as a person who speaks for 'China' it would match the ordinary word '{name}' "
            + $"in every text; write the name with its capital ('{capitalised}')."), (error.Path, error.Line, error.Message));
    }

    [Fact]
    public void Read_ShortNamesWithACapital_Accepted()
    {
        var path = _dir.File("people.tsv", "target\tname\nChina\tXi\nChina\tQin\nRussia\tFSB\n");

        var table = RepresentativesFile.Read(path, Aliases);

        Assert.Equal(["Xi", "Qin"], table["China"]);
        Assert.Equal(["FSB"], table["Russia"]);
    }

    [Fact]
    public void Train_StanceModelWithPeople_StoresThemAndScoresTheirMentions()
    {
        var rows = LabeledDataReader.Read(TestPaths.Data("stance", "train.tsv"), ClassifierTask.Stance);
        var small = new LabeledDataSet(rows.Task, rows.Paths, rows.Examples.Take(300).ToArray(), [], rows.Sha256);
        var aliases = AliasFile.Read(TestPaths.Data("stance", "aliases.tsv"));
        var people = RepresentativesFile.Read(TestPaths.Data("stance", "representatives.tsv"), aliases);
        var path = _dir.File("stance.zip");
        var trainer = new ModelTrainer(new FeaturizerSettings(), new TrainerSettings { Threads = 1 }, seed: 1) { Aliases = aliases, Representatives = people };
        ModelArchive.Save(path, trainer.Train(small).Parts);

        var model = StanceClassifier.Load(path);

        Assert.Contains("Putin", model.Info.Representatives["Russia"]);
        Assert.Equal(["Russia"], model.FindTargets("Putin signed the decree."));
        Assert.Equal("Vladimir Putin", model.Predict("Putin signed the decree.", "Vladimir Putin").Target);
    }

    public void Dispose() => _dir.Dispose();
}
