using Classifier.Data;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>
/// The alias and representatives files refuse a target, alias or person of only function words ("their", "Us", "May"),
/// which the model would find wherever those words are used, as <c>WithAliases</c> and <c>--alias</c> do: at the file's
/// line, saying what to write instead. A name of 2 or 3 capitals ("US", "WHO") matches only as written and is accepted.
/// </summary>
public sealed class FunctionWordNameFilesTests : IDisposable
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Aliases = new()
    {
        ["Russia"] = ["Moscow"],
        ["United Kingdom"] = ["Britain", "London"],
    };

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("China\ttheir", "an alias of 'China', 'their', is only function words, so the model would read every 'their' in a text as a mention of it; give a name of 'China' or leave it out")]
    [InlineData("China\tUs", "an alias of 'China', 'Us', is only function words, so the model would read every 'us' in a text as a mention of it; give a name of 'China' or leave it out")]
    [InlineData("China\tof the", "an alias of 'China', 'of the', is only function words, so the model would read every 'of the' in a text as a mention of it; give a name of 'China' or leave it out")]
    [InlineData("pension reform\tus", "an alias of 'pension reform', 'us', is only function words, so the model would read every 'us' in a text as a mention of it; give a name of 'pension reform' or leave it out")]
    [InlineData("United States\tus", "an alias of 'United States', 'us', is only function words, so the model would read every 'us' in a text as a mention of it; give a name of 'United States' or leave it out, or write an abbreviation in capitals ('US'), which match only as written")]
    [InlineData("The\tThe Times", "the target 'The' is only function words, so the model would read every 'the' in a text as a mention of it; name a country, organisation, person or policy, a person by their full name ('Theresa May', not 'May')")]
    public void Read_AliasFileNameOfOnlyFunctionWords_ErrorAtItsLineSayingWhatToWrite(string row, string message)
    {
        var path = _dir.File("aliases.tsv", $"target\talias\nUnited States\tWashington\n{row}\nforeign aid\taid\n");

        var ex = Assert.Throws<DataFileException>(() => AliasFile.Read(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((path, 3, message), (error.Path, error.Line, error.Message));
    }

    [Theory]
    [InlineData("United States", "US")]
    [InlineData("World Health Organization", "WHO")]
    [InlineData("Wales", "WE")]
    public void Read_AliasFileShortNameInCapitals_Accepted(string target, string alias)
    {
        var path = _dir.File("aliases.tsv", $"target\talias\n{target}\t{alias}\n");

        var table = AliasFile.Read(path);

        Assert.Equal([alias], table[target]);
    }

    [Theory]
    [InlineData("May")]
    [InlineData("may")]
    [InlineData("Her")]
    public void Read_RepresentativesFilePersonOfOnlyFunctionWords_ErrorAskingForTheFullName(string person)
    {
        var path = _dir.File("people.tsv", $"target\tname\nRussia\tPutin\nUnited Kingdom\t{person}\n");

        var ex = Assert.Throws<DataFileException>(() => RepresentativesFile.Read(path, Aliases));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((path, 3, $"a person who speaks for 'United Kingdom', '{person}', is only function words, so the model would read every "
            + $"'{person.ToLowerInvariant()}' in a text as a mention of it; give the person's full name ('Theresa May', not 'May')"), (error.Path, error.Line, error.Message));
    }

    [Fact]
    public void Read_RepresentativesFileFullName_Accepted()
    {
        var path = _dir.File("people.tsv", "target\tname\nUnited Kingdom\tTheresa May\n");

        var table = RepresentativesFile.Read(path, Aliases);

        Assert.Equal(["Theresa May"], table["United Kingdom"]);
    }

    [Fact]
    public void Problems_TargetOfOnlyFunctionWordsInATable_IsReported()
    {
        // The table as a manifest stores it, judged as the training files are (not at load: NameTableRules.Unusable).
        var aliases = new Dictionary<string, IReadOnlyList<string>> { ["will"] = ["the will"] };

        var problem = Assert.Single(Classifier.Stance.NameTableRules.Problems(aliases, new Dictionary<string, IReadOnlyList<string>>()));

        Assert.Equal(("will", "will"), (problem.Target, problem.Name));
        Assert.StartsWith("the target 'will' is only function words", problem.Message);
        Assert.Null(Classifier.Stance.NameTableRules.Unusable(aliases, new Dictionary<string, IReadOnlyList<string>>()));
    }
}
