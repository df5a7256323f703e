using Classifier.Stance;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>
/// Whether a stance row's target is only function words a model would find in every text does not depend on the
/// config's <c>ignoreFormerPeople</c>: that setting drops mentions in a text ("former Prime Minister Theresa May"), not how
/// a target is read. So one judgement (the table's setting left off) serves <c>train</c>, <c>train --check</c>,
/// <c>tune</c>, <c>cross-validate</c> and <c>audit</c> alike, and a row <c>--check</c> passes is one <c>train</c> passes.
/// </summary>
public sealed class FunctionWordRowsTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases = AliasFile.Read(TestPaths.Data("stance", "aliases.tsv"));

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> People =
        RepresentativesFile.Read(TestPaths.Data("stance", "representatives.tsv"), Aliases);

    [Theory]
    [InlineData("May", true)]
    [InlineData("their", true)]
    [InlineData("the", true)]
    [InlineData("of the", true)]
    [InlineData("Theresa May", false)]
    [InlineData("Trump", false)]
    [InlineData("us", false)]
    [InlineData("United States", false)]
    public void Judge_TableIgnoringFormerPeopleOrNot_SameVerdictAsTheDictionariesJudge(string target, bool foundEverywhere)
    {
        var judged = FunctionWordRows.Judge(Aliases, People)(target);

        Assert.Equal(foundEverywhere, judged);
        Assert.Equal(judged, FunctionWordRows.Judge(new AliasTable(Aliases, People, ignoreFormerPeople: true))(target));
        Assert.Equal(judged, FunctionWordRows.Judge(new AliasTable(Aliases, People, ignoreFormerPeople: false))(target));
    }
}
