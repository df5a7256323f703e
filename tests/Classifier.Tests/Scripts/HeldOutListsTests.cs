using Classifier.Data;
using Classifier.Training.Benchmarks;

namespace Classifier.Tests.Scripts;

/// <summary>
/// The repository's held-out files are named once, in data/TASK/held-out.txt, which scripts/retrain.sh, scripts/validate-data.sh
/// and the benchmark's shipped-model table read. A labeled <c>test*.tsv</c> left out of it would still be measured, but after
/// the listed ones and, for a stance file of unseen targets or of mostly none, under the wrong checks.
/// </summary>
public sealed class HeldOutListsTests
{
    /// <summary>A <c>test*.tsv</c> that is not a labeled file of its task (a second reading of the test file's labels).</summary>
    private const string NotLabeled = "test_second_reading";

    public static TheoryData<string, string> HeldOutFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var task in new[] { "sentiment", "stance" })
        {
            foreach (var path in Directory.GetFiles(TestPaths.Data(task), "test*.tsv").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(path);
                if (name != NotLabeled)
                {
                    data.Add(task, name);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, string, string> ListedFiles()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var task in new[] { "sentiment", "stance" })
        {
            foreach (var file in HeldOutList.Read(TestPaths.Data(task)))
            {
                data.Add(task, file.Name, file.Role.ToString());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HeldOutFiles))]
    public void HeldOutList_TestFileOfTheFolder_IsListed(string task, string file) =>
        Assert.Contains(file, TestPaths.HeldOut(task));

    [Theory]
    [MemberData(nameof(ListedFiles))]
    public void HeldOutList_ListedFile_IsLabeledAndMostlyNoneExactlyWhenItsRowsAre(string task, string file, string role)
    {
        // validate-data.sh holds every listed file but those of mostly none to the corpus's label shares (20% each for stance).
        var rows = LabeledDataReader.Read(TestPaths.Data(task, file + ".tsv"), task == "stance" ? ClassifierTask.Stance : ClassifierTask.Sentiment).Examples;
        var none = rows.Count(r => r.Label == "none") / (double)rows.Count;

        Assert.NotEmpty(rows);
        Assert.Equal(none > 0.6, role == nameof(HeldOutRole.MostlyNone));
    }

    [Fact]
    public void HeldOutList_SentimentFolder_HasNoStanceRole() =>
        Assert.All(HeldOutList.Read(TestPaths.Data("sentiment")), f => Assert.Equal(HeldOutRole.Checked, f.Role));

    [Fact]
    public void HeldOutList_EachFolder_StartsWithItsTestSplit()
    {
        // The report's first row of each model, and the confusion matrix the benchmark draws, are on test.tsv.
        Assert.Equal("test", TestPaths.HeldOut("sentiment").First());
        Assert.Equal("test", TestPaths.HeldOut("stance").First());
    }
}
