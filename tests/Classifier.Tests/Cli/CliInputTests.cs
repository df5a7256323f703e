using System.Diagnostics;

namespace Classifier.Tests.Cli;

/// <summary>The CLI's inputs and outputs that are not ordinary files: pipes, byte-order marks on standard input, links, devices, files without rows.</summary>
public sealed class CliInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Predict_FileIsANamedPipe_ReadOnceAndScored()
    {
        var fifo = Path.Combine(_dir.Path, "pairs.tsv");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
        }

        // The writer blocks until the CLI opens the pipe; a CLI that opened it twice would wait for a second writer.
        var writer = Task.Run(() => File.WriteAllText(fifo, "text\ttarget\nBeijing condemned the drills.\tChina\n"));
        var result = CliProcess.Run("predict", "--file", fifo, "--format", "tsv");
        await writer;

        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length); // the header and one scored row
        Assert.StartsWith("Beijing condemned the drills.\tChina\t", lines[1]);
    }

    [Fact]
    public void Predict_MissingFileAndTexts_SaysNotBothRatherThanThatTheFileIsMissing()
    {
        var result = CliProcess.Run("predict", "--file", Path.Combine(_dir.Path, "missing.tsv"), "Talks resumed.");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: give texts as arguments or --file, not both{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public async Task Predict_NamedPipeWithNoWriterAndTexts_SaysNotBothWithoutOpeningThePipe()
    {
        var fifo = Path.Combine(_dir.Path, "ff");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
        }

        // Opening a FIFO that no program writes to blocks: a CLI that opened it before this check would never answer.
        using var process = CliProcess.Start("predict", "--file", fifo, "Talks resumed.");
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("predict opened the pipe before refusing texts given with --file");
        }

        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith("error: give texts as arguments or --file, not both", await stderr);
    }

    [Theory]
    [InlineData("\nBeijing condemned the drills.\n")]
    [InlineData("\uFEFF\nBeijing condemned the drills.\n")]
    [InlineData(" \t \nBeijing condemned the drills.\n")]
    public void Predict_TsvWhoseHeaderLineIsEmpty_SaysSoRatherThanListingNoColumns(string input)
    {
        var result = CliProcess.RunWithInput(input, "predict", "--input", "tsv", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: (stdin):1: the header line is empty; a TSV starts with a header line naming a 'text' column (and 'target' for stance)", result.Stderr);
    }

    [Fact]
    public void Analyze_EmptyArticle_SaysNothingToScoreRatherThanAVerdict()
    {
        // Before: "Article: 0 sentences, overall neutral 0.00", a verdict on nothing.
        var file = _dir.File("empty.txt", "\n\n");

        var result = CliProcess.Run("analyze", "--file", file, "--target", "China");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Article: 0 sentences: nothing to score", result.Stdout);
        Assert.DoesNotContain("overall", result.Stdout);
    }

    [Theory]
    [InlineData("\n\n", 0)]
    [InlineData("We use cookies to improve your experience.\n\nAccept\n", 2)]
    public void Analyze_EmptyArticleAsJson_GivesNoSentimentLabelAndNoMeans(string article, int furniture)
    {
        // Before: "label": "neutral" with means of 0 for every label, a verdict on nothing read.
        var file = _dir.File("empty.txt", article);

        var result = CliProcess.Run("analyze", "--file", file, "--target", "China", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var summary = System.Text.Json.Nodes.JsonNode.Parse(result.Stdout)!["summary"]!;
        Assert.Equal(0, (int)summary["sentences"]!);
        Assert.Equal(furniture, (int)summary["boilerplateSentences"]!);
        Assert.Equal("""{"label":null,"counts":{"negative":0,"neutral":0,"positive":0},"meanProbabilities":{}}""", summary["sentiment"]!.ToJsonString());
        Assert.Equal("""{"stance":"none","mentionedIn":0,"counts":{"against":0,"none":0,"favor":0},"meanProbabilities":{},"mostFavorable":null,"mostHostile":null}""",
            summary["targets"]!["China"]!.ToJsonString());
    }

    [Fact]
    public void Predict_EmptyTextAsTextFormat_NoLineEndsInSpaces()
    {
        // docs/cli.md: no line of text output is padded with trailing spaces; an empty text left two after its figures.
        var file = _dir.File("lines.txt", "Talks resumed.\n\nShelling resumed.\n");

        var result = CliProcess.Run("predict", "--format", "text", "--file", file);
        var direct = CliProcess.Run("predict", "--format", "text", "");

        Assert.Equal(0, result.ExitCode);
        // The file's blank line is skipped (InputReaderTests); the empty text is the argument's.
        Assert.Equal(2, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain(" \n", result.Stdout + direct.Stdout);
        Assert.Matches(@"positive=\d\.\d{3}\r?\n$", direct.Stdout);
    }

    [Theory]
    [InlineData("predict", "--file")]
    [InlineData("uncertain", "--data")]
    public void Command_EmptyTsvFile_IsBadDataExitTwo(string command, string fileOption)
    {
        // Exit 2, as any missing, unreadable or malformed input file; it was 1, a usage error.
        var file = _dir.File("empty.tsv", "");
        string[] model = command == "uncertain" ? ["--model", Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip")] : [];

        var result = CliProcess.Run([command, fileOption, file, .. model]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {file}:1: empty input; a TSV needs a header line with a 'text' column", result.Stderr);
    }

    [Theory]
    [InlineData("lines", "Talks resumed after a two-year freeze.\n")]
    [InlineData("jsonl", "{\"text\": \"Talks resumed after a two-year freeze.\"}\n")]
    public void Predict_StandardInputOpeningWithAByteOrderMark_ReadAsWithout(string format, string input)
    {
        var plain = CliProcess.RunWithInput(input, "predict", "--input", format, "--format", "json");
        var marked = CliProcess.RunWithInput("\uFEFF" + input, "predict", "--input", format, "--format", "json");

        Assert.True(marked.ExitCode == 0, marked.Stderr);
        Assert.Equal(plain.Stdout, marked.Stdout);
        Assert.DoesNotContain("\\uFEFF", marked.Stdout);
    }

    [Fact]
    public void Train_OutIsASymbolicLink_WritesTheFileItPointsTo()
    {
        var real = _dir.File("real.zip", "old");
        var link = Path.Combine(_dir.Path, "link.zip");
        File.CreateSymbolicLink(link, real);

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", Rows(300), "--out", link);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(300 - 1, SentimentClassifier.Load(real).Info.TrainingData.Rows);
        Assert.DoesNotContain("(0 KiB)", result.Stdout);
    }

    [Fact]
    public void Train_OutLeadsToADevice_RefusedBeforeTraining()
    {
        var link = Path.Combine(_dir.Path, "model.zip");
        File.CreateSymbolicLink(link, "/dev/null");

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", Rows(300), "--out", link);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("leads to /dev/null, which is a device or system file", result.Stderr);
        Assert.Equal("/dev/null", new FileInfo(link).LinkTarget);
        Assert.DoesNotContain("Featurising", result.Stderr);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("train")]
    public void Command_DataFileWithAHeaderOnly_ExitsTwoNamingTheFile(string command)
    {
        var header = _dir.File("header.tsv", "text\tlabel\n");
        string[] args = command == "evaluate"
            ? ["evaluate", "--model", Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip"), "--data", header]
            : ["train", "--task", "sentiment", "--data", Rows(300), "--dev", header, "--out", Path.Combine(_dir.Path, "m.zip")];

        var result = CliProcess.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{header}:1: has a header but no data rows", result.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "m.zip")));
    }

    [Theory]
    [InlineData("tune --budget-minutes 0", "--budget-minutes must be above 0")]
    [InlineData("tune --budget-minutes -1", "--budget-minutes must be above 0")]
    [InlineData("tune --max-train-seconds -1", "--max-train-seconds must be above 0")]
    [InlineData("audit --top 0", "--top must be 1 or more")]
    [InlineData("uncertain --top -3", "--top must be 1 or more")]
    public void Command_OptionOutOfRange_ExitsOneBeforeAnyWork(string command, string expected)
    {
        var data = Rows(300);
        var empty = Directory.CreateDirectory(Path.Combine(_dir.Path, "empty")).FullName;
        var words = command.Replace("EMPTY", empty, StringComparison.Ordinal).Split(' ');
        string[] args = words[0] switch
        {
            "uncertain" => [.. words, "--model", Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip"), "--data", _dir.File("texts.txt", "Talks resumed.\n")],
            "validate-data" => [.. words, "--task", "sentiment", data],
            _ => [.. words, "--task", "sentiment", "--data", data, "--out", Path.Combine(_dir.Path, "settings.json")],
        };
        if (words[0] == "audit")
        {
            args = args[..^2];
        }

        var result = CliProcess.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "settings.json")));
    }

    [Fact]
    public void TrainThenEvaluate_OnTheTrainingRows_WarnThatTheFiguresFlatterTheModel()
    {
        var data = Rows(300);
        var model = Path.Combine(_dir.Path, "m.zip");

        var train = CliProcess.Run("train", "--task", "sentiment", "--data", data, "--dev", data, "--out", model);
        var evaluate = CliProcess.Run("evaluate", "--model", model, "--data", data);
        var fresh = CliProcess.Run("evaluate", "--model", model, "--data", TestPaths.Data("sentiment", "test_fresh.tsv"));

        Assert.True(train.ExitCode == 0, train.Stderr);
        Assert.Contains("warning: 299 of the 299 --dev rows", train.Stderr);
        Assert.Equal(0, evaluate.ExitCode);
        Assert.Contains("is the data this model was trained on", evaluate.Stderr);
        Assert.DoesNotContain("trained on", fresh.Stderr);
    }

    [Fact]
    public void Predict_TsvRowWithoutItsTargetField_ReportedEvenWithATargetOption()
    {
        var file = _dir.File("pairs.tsv", "text\ttarget\nBeijing condemned the drills.\tChina\nonly a text\n");

        var result = CliProcess.Run("predict", "--file", file, "--target", "China", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file}:3: expected 2 tab-separated fields, found 1", result.Stderr);
        Assert.Contains("\"error\"", result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1]);
    }

    [Theory]
    [InlineData("predict", "--file")]
    [InlineData("uncertain", "--data")]
    public void Command_TsvRowShortOfAColumnAfterItsText_ReportedNotScored(string command, string option)
    {
        // A lost tab: the row's text runs into its label. It was scored as the text "Talks resumed. positive", exit 0.
        var file = _dir.File("short.tsv", "text\tlabel\nShelling resumed.\tnegative\nTalks resumed. positive\n");

        var result = CliProcess.Run(command, option, file, "--format", "tsv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file}:3: expected 2 tab-separated fields, found 1", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_TsvHeaderEndingInATab_RowsWithoutThatEmptyColumnAreScored()
    {
        var file = _dir.File("header-tab.tsv", "text\t\nTalks resumed.\nShelling resumed.\n");

        var result = CliProcess.Run("predict", "--file", file, "--format", "tsv");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(3, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("predict --file FOLDER", 2, "input file")]
    [InlineData("analyze --target China --file FOLDER", 2, "input file")]
    [InlineData("train --task sentiment --lexicon FOLDER", 2, "lexicon file")]
    [InlineData("train --task stance --aliases FOLDER", 2, "alias file")]
    public void Command_FolderWhereAFileBelongs_SaysItIsAFolder(string command, int exitCode, string what)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir.Path, "folder")).FullName;
        string[] args = [.. command.Replace("FOLDER", folder, StringComparison.Ordinal).Split(' ')];
        if (args[0] == "train")
        {
            args = [.. args, "--data", Rows(300), "--out", Path.Combine(_dir.Path, "m.zip")];
        }

        var result = CliProcess.Run(args);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains($"{folder}: is a folder, not a file: give the path of the {what}", result.Stderr);
    }

    [Fact]
    public void CrossValidate_ALabelWithOneRow_SaysTheFoldsCannotTrainOnItNotThatTheFileHasOneLabel()
    {
        var rows = File.ReadLines(TestPaths.Data("sentiment", "train.tsv")).Skip(1).ToArray();
        var file = _dir.File("rare.tsv", string.Join("\n", ["text\tlabel", .. rows.Where(r => r.EndsWith("\tnegative", StringComparison.Ordinal)).Take(20),
            rows.First(r => r.EndsWith("\tpositive", StringComparison.Ordinal))]) + "\n");

        var result = CliProcess.Run("cross-validate", "--task", "sentiment", "--data", file, "--folds", "5");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the label 'positive' has only 1 row(s), all in that fold; use fewer folds", result.Stderr);
        Assert.DoesNotContain("the data has only the label", result.Stderr);
    }

    [Theory]
    [InlineData("predict", EmptyTarget)]
    [InlineData("explain", EmptyTarget)]
    [InlineData("analyze", EmptyTarget)]
    [InlineData("uncertain", EmptyTarget)]
    [InlineData("train", "the output path is empty; give a file path such as model.zip")]
    public void Command_EmptyTargetOrOutput_ExitsOneInTheOptionsTerms(string command, string expected)
    {
        string[] args = command switch
        {
            "train" => ["train", "--task", "sentiment", "--data", Rows(300), "--out", ""],
            "analyze" => ["analyze", "--file", _dir.File("article.txt", "Beijing condemned the drills.\n"), "--target", "China", "--target", " "],
            "uncertain" => ["uncertain", "--model", Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip"), "--data", _dir.File("texts.txt", "Beijing condemned the drills.\n"), "--target", " "],
            _ => [command, "--target", " ", "Beijing condemned the drills."],
        };

        var result = CliProcess.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: {expected}{Environment.NewLine}", result.Stderr);
        Assert.DoesNotContain("(Parameter", result.Stderr);
    }

    [Theory]
    [InlineData("predict")]
    [InlineData("explain")]
    [InlineData("analyze")]
    [InlineData("uncertain")]
    public void Command_TargetOptionTooLong_ExitsOneNamingOptionLengthAndLimit(string command)
    {
        var target = new string('x', StanceClassifier.MaxTargetLength + 1);
        string[] args = command switch
        {
            "analyze" => ["analyze", "--file", _dir.File("article.txt", "Beijing condemned the drills.\n"), "--target", target],
            "uncertain" => ["uncertain", "--model", Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip"), "--data", _dir.File("texts.txt", "Beijing condemned the drills.\n"), "--target", target],
            _ => [command, "--target", target, "Beijing condemned the drills."],
        };

        var result = CliProcess.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --target is 301 characters long, more than the 300 a target may have; give the name of a country, organisation, person or policy, not a text{Environment.NewLine}", result.Stderr);
    }

    [Theory]
    [InlineData("predict")]
    [InlineData("evaluate")]
    [InlineData("uncertain")]
    public void Command_TargetColumnTooLong_RefusesTheLineNamingFileLineAndTarget(string command)
    {
        var target = "Beijing " + new string('x', StanceClassifier.MaxTargetLength);
        var file = _dir.File("rows.tsv", $"text\ttarget\tlabel\nBeijing condemned the drills.\tChina\tagainst\nTalks resumed.\t{target}\tnone\n");
        var model = Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip");
        string[] args = command switch
        {
            "predict" => ["predict", "--model", model, "--file", file, "--format", "json"],
            "evaluate" => ["evaluate", "--model", model, "--data", file],
            _ => ["uncertain", "--model", model, "--data", file],
        };

        var result = CliProcess.Run(args);

        var reason = $"target '{target[..40]}…' is 308 characters long, more than the 300 a target may have; put the name of a country, organisation, person or policy in the target, not a text";
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("(Parameter", result.Stderr);
        if (command == "predict")
        {
            var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            using var bad = System.Text.Json.JsonDocument.Parse(lines[1]);
            Assert.Equal(reason, bad.RootElement.GetProperty("error").GetString());
            Assert.StartsWith($"{file}:3: {reason}; 1 input(s) could not be scored", result.Stderr);
        }
        else
        {
            Assert.Equal($"error: {file}:3: {reason}{Environment.NewLine}", result.Stderr);
        }
    }

    [Theory]
    [InlineData("predict --file MISSING")]
    [InlineData("analyze --target China --file MISSING")]
    [InlineData("uncertain --model MODEL --data MISSING")]
    [InlineData("train --task sentiment --out OUT --data MISSING")]
    [InlineData("train --task sentiment --out OUT --data DATA --config MISSING")]
    [InlineData("cross-validate --task sentiment --data DATA --config MISSING")]
    [InlineData("tune --task sentiment --data DATA --out OUT --config MISSING")]
    [InlineData("train --task sentiment --out OUT --data DATA --lexicon MISSING")]
    [InlineData("train --task stance --out OUT --data DATA --aliases MISSING")]
    [InlineData("train --task stance --out OUT --data DATA --representatives MISSING")]
    [InlineData("validate-data --task stance DATA --aliases MISSING")]
    [InlineData("validate-data --task sentiment DATA MISSING")]
    [InlineData("evaluate --model MISSING --data DATA")]
    [InlineData("compare --model MODEL --baseline MISSING --data DATA")]
    [InlineData("explain --model MISSING A_SENTENCE")]
    [InlineData("analyze --file ARTICLE --stance-model MISSING")]
    public void Command_MissingInputFile_ExitsTwoAsForABadDataFile(string command)
    {
        var missing = Path.Combine(_dir.Path, "nope.tsv");
        var args = command.Replace("MISSING", missing, StringComparison.Ordinal)
            .Replace("MODEL", Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip"), StringComparison.Ordinal)
            .Replace("DATA", Rows(300), StringComparison.Ordinal)
            .Replace("ARTICLE", _dir.File("article.txt", "Beijing condemned the drills.\n"), StringComparison.Ordinal)
            .Replace("OUT", Path.Combine(_dir.Path, "m.zip"), StringComparison.Ordinal).Split(' ');

        var result = CliProcess.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {missing}: ", result.Stderr);
        Assert.Contains("not found; check the path", result.Stderr);
    }

    [Fact]
    public void Train_SameDataFileTwice_ExitsOneSayingSo()
    {
        var data = Rows(300);

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", data, "--data", Path.Combine(_dir.Path, ".", Path.GetFileName(data)), "--out", Path.Combine(_dir.Path, "m.zip"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the same data file is given twice", result.Stderr);
        Assert.DoesNotContain("duplicate of", result.Stderr);
    }

    [Theory]
    [InlineData(new[] { "train", "--task", "sentiment", "--data", "d.tsv", "--out", "m.zip", "--seed", "1.5" }, "error: --seed: '1.5' is not a whole number", "train")]
    [InlineData(new[] { "tune", "--task", "sentiment", "--data", "d.tsv", "--out", "s.json", "--budget-minutes", "ten" },
        "error: --budget-minutes: 'ten' is not a number (written with a '.' for decimals, such as 0.5)", "tune")]
    [InlineData(new[] { "evaluate", "--model", "m.zip", "--data", "d.tsv", "--format", "xml" },
        "error: --format: 'xml' is not one of the values it takes: text, json, markdown", "evaluate")]
    [InlineData(new[] { "train", "--task", "sentimnt", "--data", "d.tsv", "--out", "m.zip" }, "error: Unknown task 'sentimnt'; use sentiment or stance.", "train")]
    [InlineData(new[] { "train", "--data", "d.tsv", "--out", "m.zip" }, "error: --task is required", "train")]
    [InlineData(new[] { "train", "--task", "sentiment", "--out", "m.zip", "--data" }, "error: --data needs a value after it", "train")]
    [InlineData(new[] { "explain" }, "error: explain needs its <text> argument (usage: explain [options] <text>)", "explain")]
    public void Command_ValueTheParserRefuses_OneErrorLineNamingTheOptionWithoutADotNetTypeName(string[] args, string error, string command)
    {
        var result = CliProcess.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{error}{Environment.NewLine}Run 'Classifier.Training {command} --help' for the options.{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void Command_UsageError_ErrorAndAPointerToTheHelpOnStderrNothingOnStdout()
    {
        var result = CliProcess.Run("compare", "--model", "m.zip", "--data", "d.tsv", "--format", "xml");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Contains("'xml'", result.Stderr);
        Assert.Contains("Run 'Classifier.Training compare --help' for the options.", result.Stderr);
        Assert.DoesNotContain("Description:", result.Stderr);
    }

    [Theory]
    [InlineData("train --task sentiment --out OUT --data DATA --config LOCKED", "config file")]
    [InlineData("train --task sentiment --out OUT --data DATA --lexicon LOCKED", "lexicon file")]
    [InlineData("train --task stance --out OUT --data DATA --aliases LOCKED", "alias file")]
    [InlineData("train --task sentiment --out OUT --data LOCKED", "data file")]
    [InlineData("validate-data --task sentiment DATA LOCKED", "data file")]
    [InlineData("predict --file LOCKED", "input file")]
    [InlineData("analyze --target China --file LOCKED", "input file")]
    [InlineData("uncertain --model MODEL --data LOCKED", "input file")]
    public void Command_InputFileAnotherProgramHoldsLocked_ExitsTwoSayingItCannotBeRead(string command, string what)
    {
        // Running as root, permissions cannot make a file unreadable; an exclusive lock (flock, as .NET takes for
        // FileShare.None) makes the CLI's open fail with an I/O error just the same.
        var locked = _dir.File("locked.tsv", "text\tlabel\nTalks resumed.\tpositive\n");
        var args = command.Replace("LOCKED", locked, StringComparison.Ordinal)
            .Replace("MODEL", Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip"), StringComparison.Ordinal)
            .Replace("DATA", Rows(300), StringComparison.Ordinal)
            .Replace("OUT", Path.Combine(_dir.Path, "m.zip"), StringComparison.Ordinal).Split(' ');
        using var holder = new FileStream(locked, FileMode.Open, FileAccess.Read, FileShare.None);

        var result = CliProcess.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {locked}: the {what} cannot be read (", result.Stderr);
        Assert.Contains("; check its permissions, or whether another program holds it", result.Stderr);
        Assert.DoesNotContain("internal error", result.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "m.zip")));
    }

    private const string EmptyTarget = "--target is empty; give the name of a target, such as --target China or --target \"carbon tax\"";

    private string Rows(int lines)
    {
        var path = Path.Combine(_dir.Path, $"train-{lines}.tsv");
        File.WriteAllLines(path, File.ReadLines(TestPaths.Data("sentiment", "train.tsv")).Take(lines));
        return path;
    }
}
