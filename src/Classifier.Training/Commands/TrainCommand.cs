using System.CommandLine;
using Classifier.Data;
using Classifier.Model;
using Classifier.Training.Cli;
using Classifier.Training.Evaluation;
using Classifier.Training.Training;

namespace Classifier.Training.Commands;

/// <summary><c>train</c>: labeled TSV files in, a model file out (written atomically).</summary>
internal static partial class TrainCommand
{
    public static Command Create()
    {
        var task = CommonOptions.Task();
        var data = CommonOptions.Data();
        var output = new Option<string?>("--out") { Description = "The model file to write (.zip); required unless --check." };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var config = CommonOptions.Config();
        var dev = new Option<string?>("--dev") { Description = "A labeled file to measure and record in the model (as 'dev')." };
        var test = new Option<string?>("--test") { Description = "A labeled file to measure and record in the model (as 'test')." };
        var inputs = new FeatureInputOptions();
        var keep = CommonOptions.KeepDuplicates();
        var check = new Option<bool>("--check")
        {
            Description = "Only read every input as training would (--data, --dev, --test, --config, --aliases, --representatives, --lexicon and any --check-file), report the first bad one and the rows' warnings, and exit: nothing is trained or written.",
        };
        var checkFiles = new Option<string[]>("--check-file")
        {
            Description = "With --check: another labeled file of the task to read as --test is read, such as a held-out file to be evaluated later (repeatable).",
        };
        var command = new Command("train", "Train a model from labeled sentences.") { task, data, output, seed, config, dev, test, keep, check, checkFiles };
        inputs.AddTo(command);
        command.SetAction((parse, cancellation) => CliRunner.RunAsync(parse, ct =>
        {
            if (parse.GetResult(checkFiles) is not null && !parse.GetValue(check))
            {
                throw new UsageException("--check-file applies with --check only: add --check, or leave out --check-file");
            }

            // --check writes nothing, so needs no --out (one given is checked all the same).
            if (parse.GetValue(output) is null && !parse.GetValue(check))
            {
                throw new UsageException("--out is required: give the model file to write (.zip), or add --check to only read the inputs");
            }

            // Usage errors that need only the options, before any file is read (as cross-validate, tune and audit make them).
            inputs.Check(parse, parse.GetValue(task));
            RefuseRepeats(parse.GetValue(data)!);

            // Before any input is read: --out naming one of them would replace it with the model.
            if (parse.GetValue(output) is { } outPath)
            {
                OutputPath.EnsureWritable(outPath, "model.zip",
                [
                    .. parse.GetValue(data)!.Select(f => ("--data", (string?)f)), ("--dev", parse.GetValue(dev)), ("--test", parse.GetValue(test)),
                    ("--config", parse.GetValue(config)), .. inputs.Files(parse),
                ]);
            }

            // Then the files, smallest and most likely hand-edited first: --config, then the lexicon, alias and
            // representatives tables, then the labeled data; a bad file is reported before a later one is read.
            var settings = parse.GetValue(config) is { } configFile ? TrainingConfig.Load(configFile) : TrainingConfig.Default(parse.GetValue(task));
            var features = inputs.Read(parse, parse.GetValue(task));
            if (parse.GetValue(check))
            {
                return Task.FromResult(Check(
                    parse.GetValue(task), parse.GetValue(data)!, parse.GetValue(dev), parse.GetValue(test), parse.GetValue(checkFiles) ?? [], parse.GetValue(keep), features));
            }

            return Task.FromResult(Run(
                parse.GetValue(task), parse.GetValue(data)!, parse.GetValue(output)!, parse.GetValue(seed),
                settings, parse.GetValue(dev), parse.GetValue(test), features, parse.GetValue(keep), ct));
        }, cancellation));
        return command;
    }

    private static int Run(ClassifierTask task, string[] dataFiles, string output, int seed, TrainingConfig config,
        string? devFile, string? testFile, FeatureInputs inputs, bool keepDuplicates, CancellationToken cancellation)
    {
        // Rows toward a target of only function words are named with a file's other problems, in the training rows and in
        // the dev and test rows (scored after training and recorded in the model), as the trainer and evaluate judge them.
        // Every file's problems are named in one run (ReadEach).
        var judge = FunctionWordRows.Judge(inputs.Aliases, inputs.Representatives);
        Func<LabeledDataSet>? Checked(string[]? files) => files is null ? null : () => FunctionWordRows.Refuse(Read(files, task, keepDuplicates, judge), judge);
        var sets = ReadEach(Checked(dataFiles), Checked(devFile is null ? null : [devFile]), Checked(testFile is null ? null : [testFile]));
        var data = sets[0]!;
        var splits = new Dictionary<string, LabeledDataSet>();
        foreach (var (name, set) in new[] { ("dev", sets[1]), ("test", sets[2]) })
        {
            if (set is not null)
            {
                splits[name] = set;
            }
        }

        WarnOfOverlap(data, splits, task);

        var trainer = new ModelTrainer(config.Featurizer, config.Trainer, seed) { Progress = Log, WritesModel = true, Aliases = inputs.Aliases, Representatives = inputs.Representatives, Lexicon = inputs.Lexicon };
        var trained = trainer.Train(data, cancellation);
        foreach (var (name, split) in splits)
        {
            WarnOfUnknownLabels(name, split, trained.Info.Labels);
        }

        if (splits.TryGetValue("dev", out var devSet))
        {
            var (temperature, before, after) = TemperatureCalibration.Fit((trained with { Topics = null }).ToScorer(), devSet.Examples);
            Log(double.IsNaN(before)
                ? "Not calibrated: no dev row has a label the model knows; temperature left at 1"
                : FormattableString.Invariant($"Calibrated on dev: temperature {temperature:0.###}, log-loss {before:0.###} -> {after:0.###}"));
            if (after < 0.001)
            {
                // A dev split the model gets all right: the log-loss keeps falling as the temperature falls, so the fit
                // sharpens every later probability to 0 or 1 (how far depends on rounding, not on the data).
                var rows = devSet.Examples.Count(e => trained.Info.Labels.Contains(e.Label));
                Console.Error.WriteLine(FormattableString.Invariant($"warning: --dev {string.Join(", ", devSet.Paths)}: the model gets all {rows:N0} dev rows right, ") +
                    FormattableString.Invariant($"so the calibration fitted on them sharpens its probabilities to near 0 and 1 (temperature {temperature:0.###}; ") +
                    "a confidence of 1 nearly everywhere, which leaves 'uncertain' nothing to rank); " +
                    "give --dev more rows, some of which the model gets wrong, or leave out --dev to keep the probabilities uncalibrated");
            }

            trained = trained with
            {
                Model = new ModelWeights(trained.Model.Members, (float)temperature),
                Info = trained.Info with { Trainer = new Dictionary<string, string>(trained.Info.Trainer) { ["temperature"] = temperature.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) } },
            };
        }

        var scorer = trained.ToScorer();
        var metrics = splits.ToDictionary(s => s.Key, s => Evaluator.Evaluate(scorer, s.Value).Report.Summary());
        var info = trained.Info with { Metrics = metrics };
        cancellation.ThrowIfCancellationRequested();
        ModelArchive.Save(output, trained.Parts with { Info = info });

        var counts = data.LabelCounts();
        Console.WriteLine($"trained {TaskLabels.Name(task)} model on {data.Examples.Count:N0} rows " +
            $"({string.Join(", ", counts.Select(c => $"{c.Key} {c.Value:N0}"))}) in {trained.Elapsed.TotalSeconds:0.00} s");
        Console.WriteLine($"features: {trained.Vocabulary.Count:N0}; trainer: {string.Join(" ", info.Trainer.Select(kv => $"{kv.Key}={kv.Value}"))}");
        foreach (var (split, m) in metrics)
        {
            Console.WriteLine($"{split}: {string.Join("  ", m.Select(kv => $"{kv.Key} {kv.Value:0.####}"))}");
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(Classifier.Model.AtomicFile.Resolve(output)).Length / 1024.0:N0} KiB)");
        return ExitCodes.Success;
    }

    /// <summary>
    /// <c>train --check</c>: reads every input training reads, each as training reads it, so that a bad file fails with the
    /// reader's own error (file, line) in seconds rather than after a training run (as <c>scripts/retrain.sh</c> uses it, for
    /// both tasks before either trains). The rows' warnings (a duplicate kept once, white space around a label) are printed
    /// as training prints them, and counted, so that a check says what the run that trains will say of its rows, and so are
    /// the warnings that <c>--dev</c> or <c>--test</c> rows are also training rows or have a label the training rows lack. The config file and the lexicon, alias
    /// and representatives tables have been read by then, as for training.
    /// </summary>
    /// <exception cref="DataFileException">A data file is bad, or has a stance row toward a target of only function words (<see cref="FunctionWordRows"/>).</exception>
    private static int Check(ClassifierTask task, string[] dataFiles, string? devFile, string? testFile, string[] checkFiles, bool keepDuplicates, FeatureInputs inputs)
    {
        // Every file's problems in one run (ReadEach): a bad --data does not hide a bad --dev or --check-file.
        var judge = FunctionWordRows.Judge(inputs.Aliases, inputs.Representatives);
        Func<LabeledDataSet>? Checked(string[]? files) => files is null ? null : () => FunctionWordRows.Refuse(Read(files, task, keepDuplicates, judge), judge);
        var sets = ReadEach([Checked(dataFiles), Checked(devFile is null ? null : [devFile]), Checked(testFile is null ? null : [testFile]),
            .. checkFiles.Select(f => Checked([f]))]);
        var data = sets[0]!;
        var labels = ModelTrainer.RequireTwoLabels(data);
        var warnings = sets.Sum(s => s?.Warnings.Count ?? 0);
        var splits = new Dictionary<string, LabeledDataSet>();
        foreach (var (name, set) in new[] { ("dev", sets[1]), ("test", sets[2]) })
        {
            if (set is not null)
            {
                splits[name] = set;
            }
        }

        warnings += WarnOfOverlap(data, splits, task);
        foreach (var (name, split) in splits)
        {
            // The labels a model trained on the data would have, as training warns once it has the model.
            warnings += WarnOfUnknownLabels(name, split, labels) ? 1 : 0;
        }

        var files = splits.Count + checkFiles.Length;

        Console.Error.WriteLine($"checked {TaskLabels.Name(task)} inputs: {data.Examples.Count:N0} training rows; {files} other labeled file(s); " +
            (warnings == 0 ? "no warnings" : $"{warnings:N0} warning{(warnings == 1 ? "" : "s")} (above; the rows are read as they say)"));
        return ExitCodes.Success;
    }

    /// <summary>
    /// Warns when dev or test rows are also training rows (the same text, and target): their metrics would flatter the model.
    /// Returns how many warnings it printed (one per split that shares rows).
    /// </summary>
    private static int WarnOfOverlap(LabeledDataSet data, Dictionary<string, LabeledDataSet> splits, ClassifierTask task)
    {
        var printed = 0;
        var trained = new Dictionary<(string Text, string? Target), LabeledExample>();
        foreach (var example in data.Examples)
        {
            trained.TryAdd((example.Text, example.Target), example);
        }

        foreach (var (name, split) in splits)
        {
            var shared = split.Examples.Where(e => trained.ContainsKey((e.Text, e.Target))).ToArray();
            if (shared.Length > 0)
            {
                // The first such row where it stands in both files, so that it can be found (and its labels, when they differ).
                var first = shared[0];
                var there = trained[(first.Text, first.Target)];
                var labels = first.Label == there.Label ? string.Empty : $", labeled '{first.Label}' there and '{there.Label}' in training";
                Console.Error.WriteLine($"warning: {shared.Length:N0} of the {split.Examples.Count:N0} --{name} rows ({string.Join(", ", split.Paths)}) are also training rows " +
                    $"(the same text{(task == ClassifierTask.Stance ? " and target" : string.Empty)}): the {name} metrics{(name == "dev" ? " and the calibration fitted on them" : string.Empty)} " +
                    $"will flatter the model; keep them out of the training data (the first: {first.Location}, {there.Location}{labels})");
                printed++;
            }
        }

        return printed;
    }

    /// <summary>
    /// Warns when dev or test rows have a label the training data lacks, so the model cannot predict it: they are left out
    /// of the temperature fitted on dev (<see cref="TemperatureCalibration.Fit"/>), but the split's metrics are computed
    /// over every row and count them as errors; the warning names the file, each such label and how many rows it has.
    /// Returns whether it warned.
    /// </summary>
    private static bool WarnOfUnknownLabels(string name, LabeledDataSet split, IReadOnlyList<string> known)
    {
        var unknown = UnknownLabels(split, known);
        if (unknown.Length == 0)
        {
            return false;
        }

        var rows = unknown.Sum(u => u.Rows);
        var those = $"{(rows == 1 ? "that row" : $"those {rows:N0} rows")} of the {split.Examples.Count:N0}";
        var what = name == "dev"
            ? $"{those} are left out of the temperature calibration fitted on dev, and the dev metrics, computed over every row, count them as errors"
            : $"the test metrics, computed over every row, count {those} as errors";
        Console.Error.WriteLine($"warning: --{name} {string.Join(", ", split.Paths)}: " +
            $"label{(unknown.Length > 1 ? "s" : string.Empty)} {string.Join(", ", unknown.Select(u => $"'{u.Label}' ({u.Rows:N0} row{(u.Rows == 1 ? string.Empty : "s")})"))} " +
            $"{(unknown.Length > 1 ? "are" : "is")} not in the training data ({string.Join(", ", known)}), so the model cannot predict " +
            $"{(unknown.Length > 1 ? "them" : "it")}: {what}; add training rows with {(unknown.Length > 1 ? "those labels" : "that label")}, " +
            $"or leave {(rows == 1 ? "that row" : "those rows")} out of the --{name} file");
        return true;
    }

    /// <summary>The labels of <paramref name="data"/>'s rows that are not among <paramref name="known"/>, each with its rows, in the order first met.</summary>
    internal static (string Label, int Rows)[] UnknownLabels(LabeledDataSet data, IReadOnlyList<string> known) =>
        data.Examples.Where(e => !known.Contains(e.Label)).GroupBy(e => e.Label, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count())).ToArray();

    /// <summary>Throws a usage error when two of <paramref name="files"/> name the same file (by full path).</summary>
    /// <exception cref="UsageException">A file is given twice.</exception>
    internal static void RefuseRepeats(IReadOnlyList<string> files)
    {
        var twice = files.GroupBy(f => Path.GetFullPath(f), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new UsageException($"{twice.First()}: the same data file is given twice; give each file once");
        }
    }

    /// <summary>
    /// Reads labeled files, printing their warnings. With <paramref name="functionWordTarget"/> (<see cref="FunctionWordRows.Judge(AliasTable)"/>),
    /// a stance row toward a target of only function words is named among the files' other problems, if they have any;
    /// alone, such rows are left to the caller's <see cref="FunctionWordRows.Refuse(LabeledDataSet, Func{string, bool})"/>.
    /// </summary>
    /// <exception cref="DataFileException">A file is bad: every problem, each at its file and line.</exception>
    internal static LabeledDataSet Read(IReadOnlyList<string> files, ClassifierTask task, bool keepDuplicates = false, Func<string, bool>? functionWordTarget = null)
    {
        RefuseRepeats(files);

        // The reader opens each file once (a FIFO from mkfifo yields its rows to one open only) and names a file that exists
        // but cannot be read among the other files' problems.
        var data = LabeledDataReader.Read(files, task, keepDuplicates, functionWordTarget);
        foreach (var warning in data.Warnings.Take(10))
        {
            Console.Error.WriteLine($"warning: {warning}");
        }

        if (data.Warnings.Count > 10)
        {
            Console.Error.WriteLine($"warning: ... and {data.Warnings.Count - 10} more");
        }

        return data;
    }

    internal static void Log(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
}
