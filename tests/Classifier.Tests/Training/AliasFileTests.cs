using Classifier.Data;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>The alias file read at training refuses a short lower-case name of a target written as a name, with its line.</summary>
public sealed class AliasFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_CrEndingsWithOneFinalLf_SaysToConvertTheLineEndingsAndShowsTheCr()
    {
        // Read as one line, the header: the error listed the columns with their raw carriage returns and no advice.
        var path = _dir.File("aliases.tsv", "target\talias\rUnited States\tWashington\rChina\tBeijing\n");

        var ex = Assert.Throws<DataFileException>(() => AliasFile.Read(path));

        Assert.Contains("columns found: target, alias\\runited states, washington\\rchina, beijing", ex.Message);
        Assert.Contains("The header line holds a lone carriage return", ex.Message);
        Assert.DoesNotContain('\r', ex.Message);
    }

    [Theory]
    [InlineData("United States\tusa", "'usa' has 3 letters or fewer and no capital, so as a name of 'United States' it would match the ordinary word 'usa' in every text; write it in capitals ('USA'), which match only as written.")]
    [InlineData("European Union\te.u.", "'e.u.' has 3 letters or fewer and no capital, so as a name of 'European Union' it would match the ordinary word 'e.u.' in every text; write it in capitals ('E.U.'), which match only as written.")]
    public void Read_ShortLowerCaseAliasOfAName_ErrorWithFileAndLine(string row, string message)
    {
        var path = _dir.File("aliases.tsv", $"target\talias\nUnited States\tWashington\n{row}\nforeign aid\taid\n");

        var ex = Assert.Throws<DataFileException>(() => AliasFile.Read(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((path, 3, message), (error.Path, error.Line, error.Message));
    }

    [Theory]
    [InlineData("China\t", "empty target or alias; write both, target<TAB>alias, or delete the row")]
    [InlineData("China\tPRC\t", "expected 2 tab-separated fields as in the header, found 3, the last one empty; delete the tab at the end of the line")]
    [InlineData("China\tPRC\tBeijing", "expected 2 tab-separated fields as in the header, found 3; check for a missing or extra tab")]
    [InlineData("China PRC", "expected 2 tab-separated fields as in the header, found 1; check for a missing or extra tab")]
    public void Read_RowOfTheWrongShape_SaysWhatToDo(string row, string message)
    {
        var path = _dir.File("aliases.tsv", $"target\talias\nUnited States\tWashington\n{row}\n");

        var ex = Assert.Throws<DataFileException>(() => AliasFile.Read(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((path, 3, message), (error.Path, error.Line, error.Message));
    }

    [Fact]
    public void Read_RepositoryAliasFile_AcceptedWithItsShortPolicyName()
    {
        var table = AliasFile.Read(TestPaths.Data("stance", "aliases.tsv"));

        Assert.Contains("aid", table["foreign aid"]);
        Assert.Contains("US", table["United States"]);
    }

    [Fact]
    public void Read_TargetThatIsAnotherTargetsAlias_ErrorAtTheAliasLine()
    {
        var path = _dir.File("aliases.tsv", "target\talias\nBeijing\tPeking\nChina\tBeijing\n");

        var ex = Assert.Throws<DataFileException>(() => AliasFile.Read(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((path, 3, "'Beijing' names both 'Beijing' and 'China'; an alias names one target; the other entry is on line 2"), (error.Path, error.Line, error.Message));
    }

    [Fact]
    public void Problems_NameOfTwoTargetsInTwoSpellings_QuotesBoth()
    {
        // "kremlin" added to China, "Kremlin" Russia's own: the message quotes each target's spelling, not one for both.
        var aliases = new Dictionary<string, IReadOnlyList<string>> { ["China"] = ["kremlin"], ["Russia"] = ["Kremlin"] };

        var problem = Assert.Single(Classifier.Stance.NameTableRules.Problems(aliases, new Dictionary<string, IReadOnlyList<string>>()));

        Assert.Equal("'Kremlin' names 'Russia', and 'kremlin' names 'China'; an alias names one target", problem.Message);
    }

    [Theory]
    [InlineData("Co\u0302te d'Ivoire")]
    [InlineData("Côte d\u2019Ivoire")]
    [InlineData("Côte\u00A0d'Ivoire")]
    public void Problems_NameOfTwoTargetsSpelledAsTheTableReadsItAlike_IsReported(string spelling)
    {
        // The table reads names composed, typography folded ("Co\u0302te d’Ivoire" is "Côte d'Ivoire"), so these are one name.
        var aliases = new Dictionary<string, IReadOnlyList<string>> { ["Ghana"] = [spelling], ["Ivory Coast"] = ["Côte d'Ivoire"] };
        var people = new Dictionary<string, IReadOnlyList<string>> { ["Ghana"] = ["José Ramos"], ["Ivory Coast"] = ["Jose\u0301 Ramos"] };

        var problems = Classifier.Stance.NameTableRules.Problems(aliases, people).ToList();

        Assert.Equal([("Ivory Coast", "Côte d'Ivoire"), ("Ivory Coast", "Jose\u0301 Ramos")], problems.Select(p => (p.Target, p.Name)));
        Assert.Contains("names 'Ivory Coast'", problems[0].Message);
        Assert.Contains("speaks for both 'Ghana' and 'Ivory Coast'", problems[1].Message);
    }

    [Fact]
    public void Problems_PersonWhoIsATargetsName_NamesThatTarget()
    {
        var aliases = new Dictionary<string, IReadOnlyList<string>> { ["United States"] = ["Washington"], ["Russia"] = [] };
        var people = new Dictionary<string, IReadOnlyList<string>> { ["Russia"] = ["Washington"] };

        var problem = Assert.Single(Classifier.Stance.NameTableRules.Problems(aliases, people));

        Assert.Equal("'Washington' speaks for 'Russia' but is also a name of the target 'United States' in the alias table; a name is either a target's or a person's, so remove one",
            problem.Message);
    }

    [Fact]
    public void Read_NameWithALeadingTheOfAnotherTarget_ErrorAtItsLine()
    {
        // Looked up with or without "the" ("the United States"), "the Hague" would name both targets, as WithAliases refuses.
        var path = _dir.File("aliases.tsv", "target\talias\nHague\tDen Haag\nNetherlands\tthe Hague\n");

        var ex = Assert.Throws<DataFileException>(() => AliasFile.Read(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((path, 3, "'the Hague' names 'Netherlands', and 'Hague' names 'Hague'; a name with or without a leading 'the' names one target; the other entry is on line 2"),
            (error.Path, error.Line, error.Message));
    }

    [Fact]
    public void Read_NameWithALeadingTheBeforeTheTargetItNames_ErrorAtTheLaterLine()
    {
        // "the Hague" listed first was fine when written; the "Hague" row below makes the conflict and is reported.
        var path = _dir.File("aliases.tsv", "target\talias\nNetherlands\tthe Hague\nNetherlands\tAmsterdam\nHague\tDen Haag\n");

        var ex = Assert.Throws<DataFileException>(() => AliasFile.Read(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((path, 4, "'the Hague' names 'Netherlands', and 'Hague' names 'Hague'; a name with or without a leading 'the' names one target; the other entry is on line 2"),
            (error.Path, error.Line, error.Message));
    }

    [Fact]
    public void Read_TargetNamedAsAnEarlierAlias_ErrorAtTheTargetsLine()
    {
        // "Beijing" is China's alias on line 2; the target "Beijing" on line 3 is the later entry.
        var path = _dir.File("aliases.tsv", "target\talias\nChina\tBeijing\nBeijing\tPeking\n");

        var ex = Assert.Throws<DataFileException>(() => AliasFile.Read(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((path, 3, "'Beijing' names both 'Beijing' and 'China'; an alias names one target; the other entry is on line 2"), (error.Path, error.Line, error.Message));
    }

    [Fact]
    public void Read_AliasLongerThanATarget_ErrorWithFileAndLine()
    {
        var alias = "W" + new string('a', 300);
        var path = _dir.File("aliases.tsv", $"target\talias\nUnited States\tWashington\nUnited States\t{alias}\n");

        var ex = Assert.Throws<DataFileException>(() => AliasFile.Read(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((path, 3, $"an alias of 'United States', '{alias[..40]}…', is 301 characters long, more than the 300 a name may have (StanceClassifier.MaxTargetLength)"),
            (error.Path, error.Line, error.Message));
    }
}
