using System.Text.RegularExpressions;
using Classifier.Training.Benchmarks;

namespace Classifier.Tests.Scripts;

/// <summary>
/// The held-out files are named in three lists kept by hand: the report of <c>scripts/retrain.sh</c>, the checks of
/// <c>scripts/validate-data.sh</c> and the benchmark's shipped-model table. A labeled <c>test*.tsv</c> added to
/// <c>data/</c> but left out of one of them would go unreported, unchecked or unmeasured.
/// </summary>
public sealed partial class HeldOutListsTests
{
    /// <summary>A <c>test*.tsv</c> that is not a labeled file of its task (a second reading of the test file's labels).</summary>
    private const string NotLabeled = "test_second_reading";

    /// <summary>The files that are mostly none by design (most or all of their rows are toward targets a sentence does not touch), so they
    /// fail the label-share check of validate-data.sh; retrain.sh and the benchmark report their figures.</summary>
    private static readonly string[] MostlyNone =
    [
        "test_absent_targets", "test_absent_issues", "test_absent_issues_second", "test_absent_issues_third", "test_unseen_untouched",
        "test_unseen_untouched_second",
    ];

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

    [Theory]
    [MemberData(nameof(HeldOutFiles))]
    public void RetrainScript_HeldOutFile_IsInTheReport(string task, string file)
    {
        var loop = RetrainLoop().Match(File.ReadAllText(Script("retrain.sh")));

        Assert.True(loop.Success, "retrain.sh has no 'held_out=(...)' list");
        _ = task; // one list serves both tasks: it reads data/TASK/FILE.tsv for each task it trains
        Assert.Contains(file, loop.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [MemberData(nameof(HeldOutFiles))]
    public void ValidateDataScript_HeldOutFile_IsChecked(string task, string file)
    {
        var script = File.ReadAllText(Script("validate-data.sh"));
        var listed = ValidateLists().Matches(script)
            .Where(match => match.Groups[2].Value == task)
            .SelectMany(match => match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Concat(SplitLists().Matches(script).Where(match => match.Groups[1].Value == task).SelectMany(match => match.Groups[2].Value.Split(',')))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(!MostlyNone.Contains(file), listed.Contains(file));
    }

    [Theory]
    [MemberData(nameof(HeldOutFiles))]
    public void ShippedModels_HeldOutFile_IsMeasured(string task, string file)
    {
        var measured = task == "sentiment" ? ShippedModels.SentimentFiles : ShippedModels.StanceFiles;

        Assert.Contains(file, measured);
    }

    private static string Script(string name) => Path.Combine(TestPaths.RepositoryRoot, "scripts", name);

    [GeneratedRegex(@"held_out=\(([a-z_ ]+)\)")]
    private static partial Regex RetrainLoop();

    [GeneratedRegex(@"listed=\(([a-z_ ]+)\)\s*\n\s*mapfile -t (sentiment|stance)_extra")]
    private static partial Regex ValidateLists();

    [GeneratedRegex(@"""\$data""/(sentiment|stance)/\{([a-z_,]+)\}")]
    private static partial Regex SplitLists();
}
