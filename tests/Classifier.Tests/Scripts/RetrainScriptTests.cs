using Classifier.Features;

namespace Classifier.Tests.Scripts;

/// <summary>scripts/retrain.sh, the analysts' one script, run on a small data folder of its own.</summary>
[Collection(ScriptRunner.Collection)]
public sealed class RetrainScriptTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Retrain_OwnDataFolder_WritesModelReportAndComparisonWithTheShippedModel()
    {
        var data = Path.Combine(_dir.Path, "my-data");
        var models = Path.Combine(_dir.Path, "my-models");
        Directory.CreateDirectory(Path.Combine(data, "sentiment"));
        File.WriteAllLines(Path.Combine(data, "sentiment", "train.tsv"), File.ReadLines(TestPaths.Data("sentiment", "train.tsv")).Take(1200));
        File.WriteAllLines(Path.Combine(data, "sentiment", "dev.tsv"), File.ReadLines(TestPaths.Data("sentiment", "dev.tsv")).Take(300));
        File.Copy(TestPaths.Data("sentiment", "test_fresh.tsv"), Path.Combine(data, "sentiment", "test_fresh.tsv"));

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, models);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("skipping stance", stderr);
        var classifier = SentimentClassifier.Load(Path.Combine(models, "sentiment.zip"));
        Assert.Equal(1199, classifier.Info.TrainingData.Rows);
        var report = await File.ReadAllTextAsync(Path.Combine(models, "REPORT.md"));
        Assert.Contains("| model | size | held-out file | examples | accuracy | macro-F1 | macro-F1 95% interval | F_avg | ECE |", report);
        Assert.Contains("| `sentiment.zip` |", report);
        Assert.Contains("## Against the shipped models", report);
        Assert.Contains("against embedded sentiment model on `test_fresh.tsv` (428 rows)", report);
        Assert.False(File.Exists(Path.Combine(models, "stance.zip")));
    }

    [Fact]
    public async Task Retrain_Succeeds_SaysWhereTheModelsAreNowAsTrainsOutputNamesTheWorkFolder()
    {
        // train's own lines ("wrote .../.retrain.XXXXXX/sentiment.zip") name the work folder, gone once the run ends.
        var data = SentimentFolder(rows: 300);
        var models = Path.Combine(_dir.Path, "my-models");

        var (exitCode, stdout, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, models);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains(".retrain.", stdout);
        var sentiment = Path.Combine(models, "sentiment.zip");
        Assert.Contains($"models: {sentiment} (moved from the work folder the lines above name)", stderr);
        Assert.Equal(299, SentimentClassifier.Load(sentiment).Info.TrainingData.Rows);
    }

    [Fact]
    public async Task Retrain_NoSettingsInModelsFolder_TrainsWithTheShippedModelsSettingsAndSaysSo()
    {
        var data = SentimentFolder(rows: 600);
        var models = Path.Combine(_dir.Path, "my-models");

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, models);

        Assert.True(exitCode == 0, stderr);
        var shipped = SentimentClassifier.LoadDefault().Info;
        var info = SentimentClassifier.Load(Path.Combine(models, "sentiment.zip")).Info;
        Assert.Equal(shipped.Featurizer, info.Featurizer);
        Assert.Equal(shipped.Trainer["trainer"], info.Trainer["trainer"]);
        Assert.Contains("== sentiment (settings: models/sentiment.config.json)", stderr);
        Assert.Contains("- sentiment: the settings in `models/sentiment.config.json`", await File.ReadAllTextAsync(Path.Combine(models, "REPORT.md")));
    }

    [Fact]
    public async Task Retrain_SettingsInModelsFolder_TrainWithThoseInstead()
    {
        var data = SentimentFolder(rows: 600);
        var models = Path.Combine(_dir.Path, "my-models");
        Directory.CreateDirectory(models);
        await File.WriteAllTextAsync(Path.Combine(models, "sentiment.config.json"), "{}");

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, models);

        Assert.True(exitCode == 0, stderr);
        var info = SentimentClassifier.Load(Path.Combine(models, "sentiment.zip")).Info;
        Assert.Equal(new FeaturizerSettings(), info.Featurizer);
        Assert.NotEqual(SentimentClassifier.LoadDefault().Info.Featurizer, info.Featurizer);
        Assert.Contains($"- sentiment: the settings in `{Path.Combine(models, "sentiment.config.json")}`", await File.ReadAllTextAsync(Path.Combine(models, "REPORT.md")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Retrain_OtherDataFolderWithTheShippedModelsFolderGiven_Refuses(bool throughALink)
    {
        // Given as MODELS_DIR ("models", or a link to it), the shipped models were replaced by the analyst's. The row is
        // bad, so that were the refusal missing the run would stop at its up-front check, having replaced nothing.
        var data = Path.Combine(_dir.Path, "my-data");
        Directory.CreateDirectory(Path.Combine(data, "sentiment"));
        File.WriteAllLines(Path.Combine(data, "sentiment", "train.tsv"), ["text\tlabel", "Talks resumed.\tpositve"]);
        var shipped = Path.Combine(TestPaths.RepositoryRoot, "models");
        var models = shipped;
        if (throughALink)
        {
            models = Path.Combine(_dir.Path, "my-models");
            Directory.CreateSymbolicLink(models, shipped);
        }

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, models);

        Assert.True(exitCode == 2, stderr);
        Assert.StartsWith($"error: MODELS_DIR {models} is the repository's models/, the shipped models", stderr);
    }

    [Fact]
    public async Task Retrain_OtherDataFolderWithoutModelsFolder_RefusesSinceItWouldOverwriteTheShippedModels()
    {
        // A folder with no train.tsv: were the refusal missing, the script would stop later, having written nothing. A usage
        // error, exit 2, as the script's other argument errors are (it was 1).
        var data = Path.Combine(_dir.Path, "my-data");
        Directory.CreateDirectory(Path.Combine(data, "stance"));

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", data);

        Assert.True(exitCode == 2, stderr);
        Assert.Contains("give MODELS_DIR too", stderr);
        Assert.Contains("would overwrite the shipped models", stderr);
    }

    [Fact]
    public async Task Retrain_DataFolderNotFound_ExitsTwoNamingItAndWhatItMustHold()
    {
        var data = Path.Combine(_dir.Path, "my-dta");

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, Path.Combine(_dir.Path, "my-models"));

        Assert.True(exitCode == 2, stderr);
        Assert.StartsWith($"error: DATA_DIR {data}: folder not found; give the folder that holds sentiment/train.tsv and/or stance/train.tsv", stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir.Path, "my-models")));
    }

    [Fact]
    public async Task Retrain_ModelsFolderIsAFile_ExitsTwoBeforeTrainingAndLeavesTheFile()
    {
        var data = SentimentFolder(rows: 300);
        var models = _dir.File("my-models", "notes");

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, models);

        Assert.True(exitCode == 2, stderr);
        Assert.StartsWith($"error: MODELS_DIR {models} is a file, not a folder", stderr);
        Assert.DoesNotContain("building", stderr);
        Assert.Equal("notes", await File.ReadAllTextAsync(models));
    }

    [Fact]
    public async Task Retrain_FolderLackingTheShippedModelsOptionalInputs_ListsThoseUsedAndThoseMissing()
    {
        var data = Path.Combine(_dir.Path, "my-data");
        var models = Path.Combine(_dir.Path, "my-models");
        Directory.CreateDirectory(Path.Combine(data, "stance"));
        File.WriteAllLines(Path.Combine(data, "stance", "train.tsv"), File.ReadLines(TestPaths.Data("stance", "train.tsv")).Take(400));
        File.WriteAllLines(Path.Combine(data, "stance", "test.tsv"), File.ReadLines(TestPaths.Data("stance", "test.tsv")).Take(100));
        File.Copy(TestPaths.Data("stance", "aliases.tsv"), Path.Combine(data, "stance", "aliases.tsv"));

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, models);

        Assert.True(exitCode == 0, stderr);
        // No lexicon.tsv of its own: train uses the built-in one, which is data/'s, as the shipped model did: used, not lacking.
        Assert.Contains("optional inputs used: lexicon.tsv (built in, as for the shipped model), stance/aliases.tsv\n", stderr.ReplaceLineEndings("\n"));
        Assert.Contains("warning: the shipped stance model was trained with stance/train_absent.tsv, stance/dev.tsv, stance/representatives.tsv from data/", stderr);
        var report = await File.ReadAllTextAsync(Path.Combine(models, "REPORT.md"));
        Assert.Contains("  - optional inputs used: `lexicon.tsv` (built in, as for the shipped model), `stance/aliases.tsv`\n", report.ReplaceLineEndings("\n"));
        Assert.Contains("  - **not used, though the shipped model was trained with them (from `data/`):** `stance/train_absent.tsv`, `stance/dev.tsv`, `stance/representatives.tsv`; part of any gap", report);
        Assert.Matches(@"\| `stance\.zip` \| [0-9]{1,3}(,[0-9]{3})* KiB \| `stance/test\.tsv` \|", report);
    }

    [Theory]
    [InlineData("train.tsv", 301)]
    [InlineData("test_fresh.tsv", 101)]
    public async Task Retrain_BadStanceFile_FailsWithTheReadersMessageBeforeAnyTaskTrains(string name, int line)
    {
        var data = SentimentFolder(rows: 300);
        Directory.CreateDirectory(Path.Combine(data, "stance"));
        File.WriteAllLines(Path.Combine(data, "stance", "train.tsv"), File.ReadLines(TestPaths.Data("stance", "train.tsv")).Take(300));
        var bad = Path.Combine(data, "stance", name);
        File.WriteAllLines(bad, File.ReadLines(TestPaths.Data("stance", name)).Take(line - 1).Append("Talks resumed.\t\tfavor"));
        var models = Path.Combine(_dir.Path, "my-models");

        var (exitCode, stdout, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, models);

        Assert.True(exitCode == 2, stderr);
        Assert.Contains($"error: {bad}:{line}: empty target; name the target the stance is about in the 'target' column", stderr);
        Assert.DoesNotContain("Training", stderr); // neither task trained
        Assert.DoesNotContain("trained", stdout);
        Assert.False(Directory.Exists(models)); // made by the run, and removed as it failed
    }

    [Fact]
    public async Task Retrain_BadRowInEachTask_ListsBothTasksProblemsBeforeAnyTaskTrains()
    {
        // A folder with a mistake in each task: both are said in one run, as validate-data.sh says them, so the analyst
        // does not mend sentiment's only to learn of stance's on the next run.
        var data = SentimentFolder(rows: 300);
        var sentiment = Path.Combine(data, "sentiment", "train.tsv");
        File.AppendAllText(sentiment, "Exports rose sharply in May.\tpostive\n");
        Directory.CreateDirectory(Path.Combine(data, "stance"));
        var stance = Path.Combine(data, "stance", "train.tsv");
        File.WriteAllLines(stance, File.ReadLines(TestPaths.Data("stance", "train.tsv")).Take(300).Append("Seoul rejected the offer.\tSouth Korea\tpro"));
        var models = Path.Combine(_dir.Path, "my-models");

        var (exitCode, stdout, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, models);

        Assert.True(exitCode == 2, stderr);
        Assert.Contains($"error: {sentiment}:301: label 'postive' is not a sentiment label", stderr);
        Assert.Contains($"error: {stance}:301: label 'pro' is not a stance label", stderr);
        Assert.DoesNotContain("Training", stderr);
        Assert.DoesNotContain("trained", stdout);
        Assert.False(Directory.Exists(models)); // made by the run, and removed as it failed
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Retrain_FailsInAModelsFolder_RemovesTheFoldersItMadeButNeverOneThatWasThere(bool existed)
    {
        // A bad row: the up-front check fails (exit 2) after the work folder was made. MODELS_DIR's parent is new too,
        // so both are the run's own; a folder the user had, even an empty one, stays.
        var data = SentimentFolder(rows: 300);
        File.AppendAllText(Path.Combine(data, "sentiment", "train.tsv"), "Exports rose sharply in May.\tpostive\n");
        var parent = Path.Combine(_dir.Path, "new");
        var models = Path.Combine(parent, "my-models");
        if (existed)
        {
            Directory.CreateDirectory(models);
        }

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, models);

        Assert.True(exitCode == 2, stderr);
        Assert.Contains("label 'postive' is not a sentiment label", stderr);
        Assert.Equal(existed, Directory.Exists(models));
        Assert.Equal(existed, Directory.Exists(parent));
        if (existed)
        {
            Assert.Empty(Directory.EnumerateFileSystemEntries(models));
        }
        else
        {
            Assert.Contains($"note: removed {models} (and {parent}), made by this run for the models, as the run did not finish", stderr);
        }
    }

    [Fact]
    public async Task Retrain_InterruptedWhileBuilding_StopsWith130AndLeavesTheModelsFolderAsItWas()
    {
        // Ctrl+C reaches the whole foreground group: 'dotnet build' takes it as a request to finish and exits 0, and bash
        // then carried on, trained and replaced the models. A 'dotnet' first on PATH sends retrain.sh the SIGINT as its
        // build starts, as a Ctrl+C then would, and runs the real build.
        var data = SentimentFolder(rows: 300);
        var bin = Shim("dotnet", """
            #!/usr/bin/env bash
            [[ $1 == build ]] && kill -INT "$PPID"
            PATH=${PATH#"$(dirname "$0")":}
            exec dotnet "$@"
            """);
        var models = Path.Combine(_dir.Path, "my-models");
        Directory.CreateDirectory(models);
        var previous = "# Model report\n\nthe previous one\n";
        await File.WriteAllTextAsync(Path.Combine(models, "REPORT.md"), previous);

        var path = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        var (exitCode, _, stderr) = await ScriptRunner.RunWithEnvironmentAsync(new Dictionary<string, string> { ["PATH"] = path }, "retrain.sh", data, models);

        Assert.True(exitCode == 130, stderr);
        Assert.Contains("interrupted", stderr);
        Assert.DoesNotContain("Training", stderr);
        Assert.Equal(previous, await File.ReadAllTextAsync(Path.Combine(models, "REPORT.md")));
        Assert.Equal(["REPORT.md"], Directory.EnumerateFileSystemEntries(models).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Retrain_StanceFailsAfterSentimentTrained_LeavesEveryPreviousFileAsItWas()
    {
        // Good data in both tasks (so the up-front check passes), and stance training made to fail by a 'dotnet' first on
        // PATH that runs the real one but fails a stance training run: a failure no check could foresee (a full disk, a kill).
        var data = SentimentFolder(rows: 300);
        Directory.CreateDirectory(Path.Combine(data, "stance"));
        File.WriteAllLines(Path.Combine(data, "stance", "train.tsv"), File.ReadLines(TestPaths.Data("stance", "train.tsv")).Take(300));
        var bin = Shim("dotnet", """
            #!/usr/bin/env bash
            args=" $* "
            if [[ $args == *" train "* && $args == *" --task stance "* && $args != *" --check "* ]]; then
              echo "error: stance training failed (injected by the test)" >&2; exit 2
            fi
            PATH=${PATH#"$(dirname "$0")":}
            exec dotnet "$@"
            """);
        var models = Path.Combine(_dir.Path, "my-models");
        Directory.CreateDirectory(models);
        var previous = new Dictionary<string, byte[]>
        {
            ["sentiment.zip"] = File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip")),
            ["stance.zip"] = File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip")),
            ["REPORT.md"] = "# Model report\n\nthe previous one\n"u8.ToArray(),
            ["README.md"] = "<!-- metrics:start -->\nthe previous table\n<!-- metrics:end -->\n"u8.ToArray(),
        };
        foreach (var (name, bytes) in previous)
        {
            await File.WriteAllBytesAsync(Path.Combine(models, name), bytes);
        }

        var path = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        var (exitCode, _, stderr) = await ScriptRunner.RunWithEnvironmentAsync(new Dictionary<string, string> { ["PATH"] = path }, "retrain.sh", data, models);

        Assert.Equal(2, exitCode);
        Assert.Contains("stance training failed (injected by the test)", stderr);
        Assert.Contains("Training", stderr); // sentiment did train before stance failed
        foreach (var (name, bytes) in previous)
        {
            var now = await File.ReadAllBytesAsync(Path.Combine(models, name));
            Assert.True(bytes.SequenceEqual(now), $"{name} was replaced");
        }

        Assert.Equal(previous.Keys.Order(), Directory.EnumerateFileSystemEntries(models).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Retrain_WorkFolderOfAKilledRun_RemovesItAndLeavesThoseOfLiveOrUnknownOwners()
    {
        // No train.tsv: the run stops (exit 2) after the leftovers are dealt with, training nothing.
        var data = Path.Combine(_dir.Path, "my-data");
        Directory.CreateDirectory(Path.Combine(data, "stance"));
        var models = Path.Combine(_dir.Path, "my-models");
        using (var ended = System.Diagnostics.Process.Start("true")!)
        {
            await ended.WaitForExitAsync();
            WorkFolder(models, ".retrain.Ab12Cd", ended.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        WorkFolder(models, ".retrain.Ef34Gh", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        WorkFolder(models, ".retrain.Ij56Kl", owner: null);
        var dead = Path.Combine(models, ".retrain.Ab12Cd");
        var deadOwner = (await File.ReadAllTextAsync(Path.Combine(dead, "owner.pid"))).Trim();

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, models);

        Assert.True(exitCode == 2, stderr);
        Assert.Contains($"removed {dead}, the work folder of a retrain.sh (process {deadOwner}) that is no longer running (killed before it could clean up)", stderr);
        Assert.Contains($"note: {Path.Combine(models, ".retrain.Ij56Kl")} was left by an earlier retrain.sh that recorded no owner", stderr);
        Assert.Equal([".retrain.Ef34Gh", ".retrain.Ij56Kl"], Directory.EnumerateFileSystemEntries(models).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Retrain_WorkFolderWhoseOwnerIdNowNamesAnotherProcess_RemovesIt()
    {
        if (!Directory.Exists("/proc/self"))
        {
            return; // the start time is read from /proc; without it a live process id keeps its folder
        }

        // The recorded owner's process id is running (this test's), but it started at another time: the id was reused.
        var data = Path.Combine(_dir.Path, "my-data");
        Directory.CreateDirectory(Path.Combine(data, "stance"));
        var models = Path.Combine(_dir.Path, "my-models");
        var id = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var stat = await File.ReadAllTextAsync("/proc/self/stat");
        var started = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[19]; // field 22, the start time in ticks since boot
        WorkFolder(models, ".retrain.Mn78Op", $"{id} 1");
        WorkFolder(models, ".retrain.Qr90St", $"{id} {started}");

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, models);

        Assert.True(exitCode == 2, stderr);
        Assert.Contains($"removed {Path.Combine(models, ".retrain.Mn78Op")}, the work folder of a retrain.sh (process {id}) that is no longer running", stderr);
        Assert.Equal([".retrain.Qr90St"], Directory.EnumerateFileSystemEntries(models).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Retrain_WorkFolderOfAKilledRunThatCannotBeRemoved_SaysSoAndCarriesOn()
    {
        // Tests run as root, whom permissions do not stop: an 'rm' first on PATH fails on this one folder as a folder of
        // files the user may not delete makes rm fail, and runs the real rm for everything else.
        var data = Path.Combine(_dir.Path, "my-data");
        Directory.CreateDirectory(Path.Combine(data, "stance"));
        var models = Path.Combine(_dir.Path, "my-models");
        using (var ended = System.Diagnostics.Process.Start("true")!)
        {
            await ended.WaitForExitAsync();
            WorkFolder(models, ".retrain.Uv12Wx", ended.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var stuck = Path.Combine(models, ".retrain.Uv12Wx");
        var owner = (await File.ReadAllTextAsync(Path.Combine(stuck, "owner.pid"))).Trim();
        var bin = Shim("rm", """
            #!/usr/bin/env bash
            for a in "$@"; do
              [[ $a == */.retrain.Uv12Wx ]] && { echo "rm: cannot remove '$a/sentiment.zip': Permission denied" >&2; exit 1; }
            done
            PATH=${PATH#"$(dirname "$0")":}
            exec rm "$@"
            """);
        var path = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

        var (exitCode, _, stderr) = await ScriptRunner.RunWithEnvironmentAsync(new Dictionary<string, string> { ["PATH"] = path }, "retrain.sh", data, models);

        // Exit 2 from "no task trained", further on: the run went on past the folder it could not remove.
        Assert.True(exitCode == 2, stderr);
        Assert.Contains(
            $"note: {stuck}, the work folder of a retrain.sh (process {owner}) that is no longer running, could not be removed " +
            $"(Permission denied); carrying on without it: delete it yourself (rm -rf '{stuck}'), or check the folder's permissions\n",
            stderr);
        Assert.Contains($"error: no task trained: {data} has neither sentiment/train.tsv nor stance/train.tsv", stderr);
        Assert.Equal([".retrain.Uv12Wx"], Directory.EnumerateFileSystemEntries(models).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Retrain_WorkFolderOfAnotherUser_LeavesItAndSaysSo()
    {
        var data = Path.Combine(_dir.Path, "my-data");
        Directory.CreateDirectory(Path.Combine(data, "stance"));
        var models = Path.Combine(_dir.Path, "my-models");
        WorkFolder(models, ".retrain.Yz34Ab", owner: "1");
        var theirs = Path.Combine(models, ".retrain.Yz34Ab");
        // Another user's folder: stat says user 65534 owns it (a shim first on PATH; chown would need root).
        var bin = Shim("stat", """
            #!/usr/bin/env bash
            if [[ ${@: -1} == */.retrain.Yz34Ab ]]; then
              [[ $* == *%U* ]] && { echo nobody; exit 0; }
              [[ $* == *%u* ]] && { echo 65534; exit 0; }
            fi
            PATH=${PATH#"$(dirname "$0")":}
            exec stat "$@"
            """);
        var path = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

        var (exitCode, _, stderr) = await ScriptRunner.RunWithEnvironmentAsync(new Dictionary<string, string> { ["PATH"] = path }, "retrain.sh", data, models);

        Assert.True(exitCode == 2, stderr);
        Assert.Contains($"note: {theirs}, a retrain.sh work folder of another user (nobody),", stderr);
        Assert.Contains($"), is left as it is; if no retrain.sh of theirs is running on {models}, they (or an administrator) can delete it\n", stderr);
        Assert.True(Directory.Exists(theirs));
    }

    /// <summary>A folder holding <paramref name="name"/>, an executable script of <paramref name="body"/>, to put first on PATH.</summary>
    private string Shim(string name, string body) => ScriptRunner.Shim(_dir.Path, name, body);

    /// <summary>A work folder as a run of retrain.sh leaves it, with a half-written model and, unless null, its owner's process id.</summary>
    private static void WorkFolder(string models, string name, string? owner)
    {
        var folder = Directory.CreateDirectory(Path.Combine(models, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "sentiment.zip"), "half-written");
        if (owner is not null)
        {
            File.WriteAllText(Path.Combine(folder, "owner.pid"), owner + "\n");
        }
    }

    private string SentimentFolder(int rows)
    {
        var data = Path.Combine(_dir.Path, "my-data");
        Directory.CreateDirectory(Path.Combine(data, "sentiment"));
        File.WriteAllLines(Path.Combine(data, "sentiment", "train.tsv"), File.ReadLines(TestPaths.Data("sentiment", "train.tsv")).Take(rows));
        return data;
    }

    [Fact]
    public async Task Retrain_StanceFolderWithRepresentatives_LearnsThemUnlessTheEnvironmentSaysNone()
    {
        var data = Path.Combine(_dir.Path, "my-data");
        Directory.CreateDirectory(Path.Combine(data, "stance"));
        File.WriteAllLines(Path.Combine(data, "stance", "train.tsv"), File.ReadLines(TestPaths.Data("stance", "train.tsv")).Take(600));
        File.Copy(TestPaths.Data("stance", "representatives.tsv"), Path.Combine(data, "stance", "representatives.tsv"));
        var (with, without) = (Path.Combine(_dir.Path, "with"), Path.Combine(_dir.Path, "without"));

        var first = await ScriptRunner.RunAsync("retrain.sh", data, with);
        var second = await ScriptRunner.RunWithEnvironmentAsync(new Dictionary<string, string> { ["REPRESENTATIVES"] = "" }, "retrain.sh", data, without);

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("Putin", StanceClassifier.Load(Path.Combine(with, "stance.zip")).Info.Representatives["Russia"]);
        Assert.Empty(StanceClassifier.Load(Path.Combine(without, "stance.zip")).Info.Representatives);
    }
}
