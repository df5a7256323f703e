namespace Classifier.Tests.Scripts;

/// <summary>
/// scripts/retrain.sh --task: one task retrained, the other's model in MODELS_DIR kept, with its lines of the previous
/// report carried into the new one (before, retraining one task meant splicing the other's rows back by hand).
/// </summary>
[Collection(ScriptRunner.Collection)]
public sealed class RetrainTaskOptionTests : IDisposable
{
    private const string Header = "| model | size | held-out file | examples | accuracy | macro-F1 | macro-F1 95% interval | F_avg | ECE |\n|---|---|---|---|---|---|---|---|---|\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("sentiment", "stance", "2026-11-02", "`--task sentiment`")]
    [InlineData("stance", "sentiment", "2026-10-15", "`--task stance`")]
    [InlineData(null, "stance", "2026-11-02", "`my-data/stance/train.tsv` not found")]
    public async Task Retrain_OneTask_KeepsTheOtherModelAndCarriesItsReportLines(string? task, string kept, string measured, string why)
    {
        var trained = kept == "stance" ? "sentiment" : "stance";
        var data = Folder(trained);
        if (task is not null)
        {
            Folder(kept); // --task, not a missing train.tsv, keeps the other task from training
        }

        var models = PreviousModels();
        var keptBytes = await File.ReadAllBytesAsync(Path.Combine(models, $"{kept}.zip"));
        string[] args = task is null ? [data, models] : ["--task", task, data, models];

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", args);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains($"== {trained} (settings:", stderr);
        Assert.DoesNotContain($"== {kept} (settings:", stderr);
        Assert.DoesNotContain($"checking the {kept} inputs", stderr);
        Assert.Contains($"keeping {Path.Combine(models, kept + ".zip")} as it is", stderr);
        var keptNow = await File.ReadAllBytesAsync(Path.Combine(models, $"{kept}.zip"));
        Assert.True(keptBytes.AsSpan().SequenceEqual(keptNow), $"{kept}.zip was replaced");
        var rows = trained == "sentiment"
            ? SentimentClassifier.Load(Path.Combine(models, "sentiment.zip")).Info.TrainingData.Rows
            : StanceClassifier.Load(Path.Combine(models, "stance.zip")).Info.TrainingData.Rows;
        Assert.Equal(299, rows);

        var report = (await File.ReadAllTextAsync(Path.Combine(models, "REPORT.md"))).ReplaceLineEndings("\n");
        Assert.Contains($"\n`{kept}.zip` is carried from the report of {measured}: this run did not retrain it ({why}),", report);
        // The kept task's lines, word for word; none of the trained task's old ones.
        Assert.Contains($"- {kept}: the settings in `old-{kept}.json`\n  - optional inputs used: `old-{kept}-input`\n", report);
        Assert.Contains(Row(kept, "test") + Row(kept, "test_mine"), report);
        Assert.Contains($"#### `{kept}.zip` against embedded {kept} model on `test.tsv` (20 rows)\n\nold {kept} comparison\n\n", report);
        Assert.Contains(Details(kept, "test") + Details(kept, "test_mine"), report);
        Assert.DoesNotContain($"old {trained}", report);
        Assert.DoesNotContain($"`{trained}.zip` is carried", report);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(report, System.Text.RegularExpressions.Regex.Escape(Row(kept, "test"))));
        Assert.Contains($"| `{trained}.zip` |", report);
        // Sentiment first in each part, as a run training both writes them.
        foreach (var part in new[] { "- {0}: ", "| `{0}.zip` |", "#### `{0}.zip` against", "#### `{0}.zip` on" })
        {
            var sentiment = report.IndexOf(string.Format(System.Globalization.CultureInfo.InvariantCulture, part, "sentiment"), StringComparison.Ordinal);
            var stance = report.IndexOf(string.Format(System.Globalization.CultureInfo.InvariantCulture, part, "stance"), StringComparison.Ordinal);
            Assert.True(sentiment >= 0 && stance > sentiment, $"'{part}': sentiment at {sentiment}, stance at {stance}");
        }

        // README.md's table is the report's summary, the kept rows included.
        var readme = (await File.ReadAllTextAsync(Path.Combine(models, "README.md"))).ReplaceLineEndings("\n");
        var table = readme.Split("<!-- metrics:start -->\n")[1].Split("<!-- metrics:end -->")[0];
        Assert.Contains(Header, report);
        Assert.Contains("## Summary\n\n" + table + "\n", report);
        Assert.Contains(Row(kept, "test"), table);
    }

    [Theory]
    [InlineData("listing no model", "has no rows for it, so the new report will not list it either")]
    [InlineData("older", "is of an older layout (its summary table is not this retrain.sh's), so its lines are not carried")]
    [InlineData(null, "but there is no {models}/REPORT.md to carry its figures from")]
    public async Task Retrain_TaskWhoseOtherModelCannotBeCarried_KeepsTheModelAndSaysTheReportWillNotListIt(string? previous, string said)
    {
        var data = Folder("sentiment");
        var models = Path.Combine(_dir.Path, "my-models");
        Directory.CreateDirectory(models);
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip"), Path.Combine(models, "stance.zip"));
        if (previous is not null)
        {
            // An older retrain.sh's report had no interval column: its rows would land a column off under today's header.
            var report = previous == "older"
                ? "# Model report\n\n## Summary\n\n| model | size | held-out file | examples | accuracy | macro-F1 | F_avg | ECE |\n|---|---|---|---|---|---|---|---|\n| `stance.zip` | 5430 KB | `stance/test.tsv` | 20 | 0.5000 | 0.5000 | 0.5000 | 0.0100 |\n"
                : "# Model report\n\nan old one, listing no model\n";
            await File.WriteAllTextAsync(Path.Combine(models, "REPORT.md"), report);
        }

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", "--task", "sentiment", data, models);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains($"note: {Path.Combine(models, "stance.zip")} is kept as it is, not retrained, ", stderr);
        Assert.Contains(said.Replace("{models}", models, StringComparison.Ordinal), stderr);
        var written = await File.ReadAllTextAsync(Path.Combine(models, "REPORT.md"));
        Assert.DoesNotContain("stance.zip", written);
        Assert.DoesNotContain("is carried from", written);
        Assert.Contains("| `sentiment.zip` |", written);
        Assert.True(File.Exists(Path.Combine(models, "stance.zip")));
    }

    [Theory]
    [InlineData("sentiment", "stance")]
    [InlineData("stance", "sentiment")]
    public async Task Retrain_TaskMeasuredOnDevBesideAKeptOneMeasuredSo_EachNoteOnceBeforeItsOwnBlocks(string trained, string kept)
    {
        // A task without a held-out file is measured on its dev.tsv, under a note: the kept task's note is carried with
        // its blocks, and the trained task's old one is not (the run writes it anew).
        var data = Folder(trained, test: false);
        var models = Path.Combine(_dir.Path, "my-models");
        Directory.CreateDirectory(models);
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "models", $"{kept}.zip"), Path.Combine(models, $"{kept}.zip"));
        var details = string.Concat(new[] { "sentiment", "stance" }.Select(task => Note(task) + Details(task, "dev")));
        await File.WriteAllTextAsync(
            Path.Combine(models, "REPORT.md"),
            "# Model report\n\nWritten by `scripts/retrain.sh` on 2026-11-02 from `data/`; do not edit by hand.\n\n"
            + "## Summary\n\n" + Header + Row("sentiment", "dev") + Row("stance", "dev") + "\n## Details\n\n" + details);

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", "--task", trained, data, models);

        Assert.True(exitCode == 0, stderr);
        var report = (await File.ReadAllTextAsync(Path.Combine(models, "REPORT.md"))).ReplaceLineEndings("\n");
        Assert.Contains(Note(kept) + Details(kept, "dev"), report);
        foreach (var task in new[] { trained, kept })
        {
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(report, System.Text.RegularExpressions.Regex.Escape($"**{task}: no held-out file**")));
        }

        Assert.Contains($"#### `{trained}.zip` on `dev.tsv`", report);
        Assert.DoesNotContain($"old {trained}", report);
        Assert.DoesNotContain($"old note of {trained}", report);
    }

    [Theory]
    [InlineData("error: --task sentimnet: no such task; give sentiment or stance", "--task", "sentimnet", "{data}", "{models}")]
    [InlineData("error: --task needs a task, sentiment or stance", "{data}", "{models}", "--task")]
    [InlineData("error: --task needs a task, sentiment or stance", "--task", "--help", "{data}", "{models}")]
    [InlineData("error: --task needs a task, sentiment or stance", "--task=", "{data}", "{models}")]
    [InlineData("error: unknown option --tsk: retrain.sh takes --task sentiment|stance, then [DATA_DIR] [MODELS_DIR]", "--tsk", "stance", "{data}", "{models}")]
    [InlineData("error: --task stance: {data}/stance/train.tsv not found; give the folder that holds it, or leave out --task", "{data}", "--task", "stance", "{models}")]
    [InlineData("error: too many arguments (extra): retrain.sh takes", "{data}", "{models}", "extra")]
    public async Task Retrain_BadTaskOrArguments_ExitsTwoSayingWhatBeforeBuilding(string expected, params string[] args)
    {
        var data = Folder("sentiment");
        var models = Path.Combine(_dir.Path, "my-models");
        string Fill(string s) => s.Replace("{data}", data, StringComparison.Ordinal).Replace("{models}", models, StringComparison.Ordinal);

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", [.. args.Select(Fill)]);

        Assert.True(exitCode == 2, stderr);
        Assert.StartsWith(Fill(expected), stderr);
        Assert.DoesNotContain("building", stderr);
        Assert.False(Directory.Exists(models));
    }

    /// <summary>my-data/TASK with 300 rows of the task's train.tsv and 100 of its test.tsv (or, without it, of its dev.tsv).</summary>
    private string Folder(string task, bool test = true)
    {
        var folder = Path.Combine(_dir.Path, "my-data", task);
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "train.tsv"), File.ReadLines(TestPaths.Data(task, "train.tsv")).Take(300));
        var held = test ? "test.tsv" : "dev.tsv";
        File.WriteAllLines(Path.Combine(folder, held), File.ReadLines(TestPaths.Data(task, held)).Take(101));
        return Path.GetDirectoryName(folder)!;
    }

    /// <summary>The note retrain.sh writes before the blocks of a task measured on its dev.tsv.</summary>
    private static string Note(string task) => $"**{task}: no held-out file** (old note of {task}), so the figures below are on `dev.tsv`.\n\n";

    /// <summary>
    /// A MODELS_DIR as an earlier run left it: both shipped models and a report of made-up lines, written on 2026-11-02,
    /// that carried sentiment from a report of 2026-10-15; README.md with the table markers.
    /// </summary>
    private string PreviousModels()
    {
        var models = Path.Combine(_dir.Path, "my-models");
        Directory.CreateDirectory(models);
        foreach (var task in new[] { "sentiment", "stance" })
        {
            File.Copy(Path.Combine(TestPaths.RepositoryRoot, "models", $"{task}.zip"), Path.Combine(models, $"{task}.zip"));
        }

        var report = "# Model report\n\nWritten by `scripts/retrain.sh` on 2026-11-02 from `data/`; do not edit by hand.\n\n"
            + "`sentiment.zip` is carried from the report of 2026-10-15: this run did not retrain it (`--task stance`), so its lines below are that report's.\n\n"
            + "Trained with:\n\n"
            + "- sentiment: the settings in `old-sentiment.json`\n  - optional inputs used: `old-sentiment-input`\n"
            + "- stance: the settings in `old-stance.json`\n  - optional inputs used: `old-stance-input`\n\n"
            + "## Summary\n\n" + Header + Row("sentiment", "test") + Row("sentiment", "test_mine") + Row("stance", "test") + Row("stance", "test_mine") + "\n"
            + "## Against the shipped models\n\nThe old comparison.\n\n"
            + "#### `sentiment.zip` against embedded sentiment model on `test.tsv` (20 rows)\n\nold sentiment comparison\n\n"
            + "#### `stance.zip` against embedded stance model on `test.tsv` (20 rows)\n\nold stance comparison\n\n"
            + "## Details\n\n"
            + Details("sentiment", "test") + Details("sentiment", "test_mine") + Details("stance", "test") + Details("stance", "test_mine").TrimEnd('\n') + "\n";
        File.WriteAllText(Path.Combine(models, "REPORT.md"), report);
        File.WriteAllText(Path.Combine(models, "README.md"), "# My models\n\n<!-- metrics:start -->\nthe old table\n<!-- metrics:end -->\n\nMy notes.\n");
        return models;
    }

    private static string Row(string task, string file) =>
        $"| `{task}.zip` | 9 KiB | `{task}/{file}.tsv` | 20 | 0.{task.Length}000 | 0.5000 | 0.4000-0.6000 | {(task == "stance" ? "0.5000" : "")} | 0.0100 |\n";

    private static string Details(string task, string file) =>
        $"#### `{task}.zip` on `{file}.tsv`\n\nold {task} details of {file}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n";
}
