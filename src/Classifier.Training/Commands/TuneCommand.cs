using System.CommandLine;
using System.Globalization;
using Classifier.Training.Cli;
using Classifier.Training.Training;
using Classifier.Training.Tuning;
using Spectre.Console;

namespace Classifier.Training.Commands;

/// <summary><c>tune</c>: search featurisation and trainers, rank the candidates, write the best settings for <c>train --config</c>.</summary>
internal static class TuneCommand
{
    public static Command Create()
    {
        var task = CommonOptions.Task();
        var data = CommonOptions.Data();
        var dev = new Option<string?>("--dev") { Description = "Score candidates on this labeled file; without it, by k-fold cross-validation of --data." };
        var budget = new Option<double>("--budget-minutes") { Description = "Search for about this long: a candidate expected to take longer than what is left, or than the quarter of the budget (at least 60 s) one candidate may run, is not started; one running that long or 30 s past the budget is stopped (the best so far is kept).", DefaultValueFactory = _ => 10 };
        var folds = new Option<int>("--folds") { Description = "Folds when there is no --dev.", DefaultValueFactory = _ => 5 };
        var metric = new Option<string>("--metric") { Description = "What to maximise: macroF1, accuracy, or favg (stance).", DefaultValueFactory = _ => "macroF1" };
        metric.CustomParser = CommonOptions.AnyCaseOf("macroF1", "accuracy", "favg");
        metric.CompletionSources.Add("macroF1", "accuracy", "favg");
        var maxSeconds = new Option<double?>("--max-train-seconds") { Description = "Reject candidates whose featurising and training on all of --data would take longer (estimated from the folds); default: no limit." };
        var maxSize = new Option<double?>("--max-model-mb") { Description = "Reject candidates whose model file would be larger than this many megabytes (measured on a model trained on a fold, or on --data when --dev is given); default: no limit." };
        var output = new Option<string>("--out") { Description = "The settings file to write (JSON, for train --config); it may be the --config file, which is then refined in place, but no other input.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed (folds and training).", DefaultValueFactory = _ => 1 };
        var config = new Option<string?>("--config") { Description = "Settings to start the search from; default: the built-in defaults." };
        var keep = CommonOptions.KeepDuplicates();
        var unseen = CommonOptions.UnseenTargets();
        var inputs = new FeatureInputOptions();
        var command = new Command("tune", "Search featurisation and trainer settings; write the best for 'train --config'.")
        {
            task, data, dev, budget, folds, metric, maxSeconds, maxSize, output, seed, config, keep, unseen,
        };
        inputs.AddTo(command);
        command.SetAction((parse, cancellation) => CliRunner.RunAsync(parse, ct =>
        {
            var t = parse.GetValue(task);
            var outFile = parse.GetValue(output)!;
            // --config may be --out: the search starts from that file, read in full first, and refines it in place.
            OutputPath.EnsureWritable(outFile, "settings.json",
                [.. parse.GetValue(data)!.Select(f => ("--data", (string?)f)), ("--dev", parse.GetValue(dev)), .. inputs.Files(parse)]);
            if (parse.GetValue(metric) == "favg" && t != ClassifierTask.Stance)
            {
                throw new UsageException("--metric favg applies to stance only");
            }

            if (parse.GetValue(dev) is not null && parse.GetValue(unseen))
            {
                throw new UsageException("--unseen-targets applies to cross-validation: leave out --dev");
            }

            if (parse.GetValue(dev) is not null && parse.GetResult(folds) is { Implicit: false })
            {
                // Given, that is: the default of 5 is no choice. The candidates are scored on --dev alone.
                throw new UsageException("--folds applies to cross-validation, and --dev scores the candidates on that file instead: leave out one of them");
            }

            var k = parse.GetValue(folds);
            // Checked again against the data once it is read; these fail before any input is read.
            FoldCount.CheckOptions(parse.GetValue(dev) is null ? k : null, parse.GetValue(unseen), t);
            CheckLimits(parse.GetValue(maxSize), parse.GetValue(maxSeconds), parse.GetValue(budget));
            inputs.Check(parse, t);
            TrainCommand.RefuseRepeats(parse.GetValue(data)!);
            var start = parse.GetValue(config) is { } file ? TrainingConfig.Load(file) : TrainingConfig.Default(t);
            var features = inputs.Read(parse, t);
            var judge = Training.FunctionWordRows.Judge(features.Aliases, features.Representatives);
            // The dev rows are scored by every candidate, so refused as evaluate would refuse them; both files' problems are
            // named in one run.
            var sets = TrainCommand.ReadEach(
                () => Training.FunctionWordRows.Refuse(TrainCommand.Read(parse.GetValue(data)!, t, parse.GetValue(keep), judge), judge),
                parse.GetValue(dev) is { } d ? () => Training.FunctionWordRows.Refuse(TrainCommand.Read([d], t, parse.GetValue(keep), judge), judge) : null);
            var (train, devSet) = (sets[0]!, sets[1]);
            if (devSet is null)
            {
                FoldCount.Check(k, train.Examples, parse.GetValue(unseen), features.Aliases);
                FoldCount.WarnOfLoneLabels(train.Examples, parse.GetValue(unseen), features.Aliases);
            }

            var options = new TuneOptions(t, parse.GetValue(metric)!, k, parse.GetValue(seed), TimeSpan.FromMinutes(parse.GetValue(budget)), parse.GetValue(maxSeconds))
            {
                UnseenTargets = parse.GetValue(unseen),
                MaxModelMegabytes = parse.GetValue(maxSize),
            };
            var (best, results, interrupted) = Search(options, train, devSet, features, start, ct);
            TuneRanking.Write(Terminal.Out, t, options.Metric, results, best);
            if (interrupted)
            {
                return Task.FromResult(KeepBestSoFar(t, options, best, results, outFile, devSet is null));
            }

            if (best.Rejected is not null)
            {
                // Name the candidate the ranking table shows first, which scored best of all.
                var top = results.Where(r => r.Rejected is not null && !r.Skipped).OrderByDescending(r => r.Score).FirstOrDefault() ?? best;
                throw new UsageException($"no candidate met the limits (--max-train-seconds, --max-model-mb); the best-scoring, {top.Candidate.Describe(t)}, was rejected: {top.Rejected}. " +
                    $"{outFile} was not written: raise the limits or give a longer --budget-minutes");
            }

            Chosen(best).Save(outFile);
            Console.WriteLine($"wrote {outFile}: {best.Candidate.Describe(t)} ({options.Metric} {best.Score:0.0000}, {ScoredBy(options, devSet is null)})");
            return Task.FromResult(ExitCodes.Success);
        }, cancellation));
        return command;
    }

    /// <summary>Throws a usage error unless <c>--max-model-mb</c> and <c>--max-train-seconds</c> (when given) and <c>--budget-minutes</c> are above 0 (NaN is not).</summary>
    private static void CheckLimits(double? maxModelMegabytes, double? maxTrainSeconds, double budgetMinutes)
    {
        // Not "is <= 0": NaN is not above 0 either, and as a limit it would reject nothing.
        if (maxModelMegabytes is { } megabytes && !(megabytes > 0))
        {
            throw new UsageException("--max-model-mb must be above 0");
        }

        if (maxTrainSeconds is { } seconds && !(seconds > 0))
        {
            throw new UsageException("--max-train-seconds must be above 0");
        }

        if (!(budgetMinutes > 0))
        {
            throw new UsageException(FormattableString.Invariant($"--budget-minutes must be above 0; got {budgetMinutes}"));
        }
    }

    /// <summary>
    /// After Ctrl+C: writes the best settings scored so far, unless none met the limits, says which on stderr, and returns
    /// <see cref="ExitCodes.Cancelled"/> either way (the search did not finish).
    /// </summary>
    private static int KeepBestSoFar(ClassifierTask task, TuneOptions options, CandidateResult best, IReadOnlyList<CandidateResult> results, string outFile, bool folds)
    {
        var scored = results.Count(r => !r.Skipped);
        if (best.Rejected is not null)
        {
            Console.Error.WriteLine($"cancelled after {scored} candidate(s), none of which met the limits (--max-train-seconds, --max-model-mb): {outFile} was not written");
            return ExitCodes.Cancelled;
        }

        Chosen(best).Save(outFile);
        Console.Error.WriteLine(FormattableString.Invariant(
            $"cancelled after {scored} candidate(s): wrote {outFile} with the best so far, {best.Candidate.Describe(task)} ({options.Metric} {best.Score:0.0000}, {ScoredBy(options, folds)}); the search did not finish"));
        return ExitCodes.Cancelled;
    }

    /// <summary>
    /// The settings file for the chosen candidate, with the thread count it was scored with in place of 0 ("every core"), so
    /// that a machine with another number of cores does not train it differently for that reason (another CPU still can:
    /// docs/retraining.md).
    /// </summary>
    internal static TrainingConfig Chosen(CandidateResult best) => new()
    {
        Featurizer = best.Candidate.Featurizer,
        Trainer = best.Candidate.Trainer with { Threads = Training.Learners.Learners.Threads(best.Candidate.Trainer) },
    };

    /// <summary>How the candidates were scored, for the closing line: "5-fold", "5-fold over unseen targets" or "dev".</summary>
    private static string ScoredBy(TuneOptions options, bool folds) =>
        folds ? $"{options.Folds}-fold{(options.UnseenTargets ? " over unseen targets" : "")}" : "dev";

    private static (CandidateResult Best, IReadOnlyList<CandidateResult> Results, bool Interrupted) Search(TuneOptions options, Classifier.Data.LabeledDataSet train,
        Classifier.Data.LabeledDataSet? dev, FeatureInputs features, TrainingConfig start, CancellationToken cancellation)
    {
        if (!Terminal.Error.Profile.Capabilities.Interactive)
        {
            // Redirected (a log file, CI): a line per candidate, a long fit's trainer at most every 10 s, as train prints it,
            // and a fit or a fold's featurising as it starts when nothing has been written for 10 s (a large set's folds).
            var log = new ThrottledLog(TrainCommand.Log, TimeSpan.FromSeconds(10));
            var quiet = new Tuner(options, train, dev, features)
            {
                Evaluated = (r, n) => log.Line(ProgressLine(options.Task, r, n)),
                FitStarted = log.AfterSilence,
                TrainerProgress = log.Line,
            };
            return (quiet.Run(start, cancellation), quiet.Results, quiet.Interrupted);
        }

        CandidateResult? best = null;
        Tuner? tuner = null;
        var width = Terminal.Error.Profile.Width;
        Terminal.Error.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn { Width = BarWidth(width) }, new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var bar = ctx.AddTask("tuning", maxValue: options.Budget.TotalSeconds);
                var started = DateTime.UtcNow;
                ProgressTask? fit = null;

                // The fit under way and its trainer's latest report, on a second row under the bar (the live display owns
                // stderr: nothing is written to it directly while it runs); a report is shown every second or so.
                void Show(string line)
                {
                    bar.Value = Math.Min(options.Budget.TotalSeconds, (DateTime.UtcNow - started).TotalSeconds);
                    if (fit is null)
                    {
                        // Spectre refuses a task without a description.
                        fit = ctx.AddTask(Markup.Escape(FitDescription(line, width)), autoStart: false).IsIndeterminate();
                    }
                    else
                    {
                        fit.Description = Markup.Escape(FitDescription(line, width));
                    }
                }

                tuner = new Tuner(options, train, dev, features)
                {
                    Evaluated = (r, n) =>
                    {
                        bar.Value = Math.Min(options.Budget.TotalSeconds, (DateTime.UtcNow - started).TotalSeconds);
                        bar.Description = Markup.Escape(FitDescription(FormattableString.Invariant($"#{n} {r.Candidate.Stage}: best so far {Math.Max(r.Score, best?.Score ?? 0):0.0000}"), width));
                        best = best is null || (r.Rejected is null && r.Score > best.Score) ? r : best;
                    },
                    FitStarted = Show,
                    TrainerProgress = Show,
                    TrainerProgressInterval = TimeSpan.FromSeconds(1),
                };
                best = tuner.Run(start, cancellation);
                bar.Value = bar.MaxValue;
                fit?.IsIndeterminate(false).Value(fit.MaxValue).Description = "done";
            });
        return (best!, tuner!.Results, tuner.Interrupted);
    }

    /// <summary>The progress bar's width on a terminal <paramref name="width"/> columns wide: 40 on a wide one, down to 10 on an 80-column one, so the description keeps room.</summary>
    internal static int BarWidth(int width) => Math.Clamp(width - 100, 10, 40);

    /// <summary>
    /// <paramref name="text"/> cut, with an ellipsis, to what a progress row of a terminal <paramref name="width"/>
    /// columns wide leaves the description beside the bar (<see cref="BarWidth"/>) and the elapsed and remaining times
    /// (8 each) with their gaps: a longer one (a FastTree report) wrapped the row and squeezed the times into a column of
    /// two characters on an 80-column terminal. At least 20 characters are kept.
    /// </summary>
    internal static string FitDescription(string text, int width)
    {
        var room = Math.Max(20, width - BarWidth(width) - 8 - 8 - 6);
        if (text.Length <= room)
        {
            return text;
        }

        // Not between the two halves of a character written as a surrogate pair.
        var cut = char.IsHighSurrogate(text[room - 2]) ? room - 2 : room - 1;
        return text[..cut] + "…";
    }

    /// <summary>
    /// The progress line logged for the <paramref name="n"/>th candidate: its score, seconds and megabytes, and why it was
    /// rejected; for one not run, only why (it has no score to show).
    /// </summary>
    internal static string ProgressLine(ClassifierTask task, CandidateResult r, int n)
    {
        var head = FormattableString.Invariant($"#{n} {r.Candidate.Stage}: {r.Candidate.Describe(task)}");
        return r.Skipped
            ? $"{head} {r.Rejected}"
            : FormattableString.Invariant($"{head} -> {r.Score:0.0000} ({r.TrainSeconds:0.00} s, {r.ModelMegabytes:0.0} MB){(r.Rejected is null ? "" : " rejected: " + r.Rejected)}");
    }
}
