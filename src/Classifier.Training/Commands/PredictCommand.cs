using System.CommandLine;
using System.Text;
using Classifier.Model;
using Classifier.Stance;
using Classifier.Training.Cli;
using Classifier.Training.Evaluation;
using Spectre.Console;

namespace Classifier.Training.Commands;

/// <summary>
/// <c>predict</c>: label texts given as arguments, or streamed from a file or standard input (plain lines,
/// TSV with a text column, or JSON lines) in constant memory, in parallel chunks, output in input order.
/// </summary>
internal static class PredictCommand
{
    private const int ChunkSize = 2048;

    public static Command Create()
    {
        var model = new Option<string?>("--model") { Description = "The model file (.zip); default: the embedded stance model if a target is given (--target, or a target column in the TSV header or a target key in the first JSON line of the input), else the embedded sentiment model." };
        var target = new Option<string?>("--target") { Description = "The stance target (required for a stance model unless the input has a target column)." };
        var file = new Option<string?>("--file") { Description = "Read texts from this file instead of standard input ('-': standard input, as without --file)." };
        var input = new Option<string?>("--input") { Description = "Input format: lines, tsv (header with a 'text' column, optional 'target') or jsonl ({\"text\": ..., \"target\": ...}); column names and keys are matched ignoring case; default: from the file extension, else lines." };
        input.CustomParser = CommonOptions.AnyCaseOf(InputReader.Formats);
        input.CompletionSources.Add(InputReader.Formats);
        var format = new Option<string?>("--format") { Description = "Output: text, json (JSON lines) or tsv; default: text on a terminal, json otherwise." };
        format.CustomParser = CommonOptions.AnyCaseOf("text", "json", "tsv");
        format.CompletionSources.Add("text", "json", "tsv");
        var info = new Option<bool>("--info") { Description = "Print the manifest of the model that scores, then score any texts given or --file ('--file -' for standard input, which --info alone does not read)." };
        var find = new Option<bool>("--find-targets")
        {
            Description = "Stance: score each text toward every known target it names (the model's alias table: countries and organisations by any name or, in a model trained with representatives, through the people who speak for them; policies by their own), "
                + "one result per target in order of mention; a row with its own target (column or key) is scored toward that target alone; texts that name none get no result and are counted on stderr.",
        };
        var alias = new AliasOption();
        var texts = new Argument<string[]>("text") { Description = "Texts to score; none: read --file or standard input.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("predict", "Label texts with a model.") { model, target, find, alias.Option, file, input, format, info, texts };
        command.SetAction((parse, cancellation) => CliRunner.RunAsync(parse, ct => Task.FromResult(Run(new Request(
            parse.GetValue(model), parse.GetValue(target), parse.GetValue(file), parse.GetValue(input),
            parse.GetValue(format) ?? (Console.IsOutputRedirected ? "json" : "text"), parse.GetValue(info), parse.GetValue(texts) ?? [], parse.GetValue(find),
            alias.Read(parse)), ct)), cancellation, cancelledNote: "the results written so far end with the last one scored"));
        return command;
    }

    private sealed record Request(string? Model, string? Target, string? File, string? Input, string Format, bool Info, string[] Texts, bool FindTargets, IReadOnlyList<(string Target, string[] Names)> Aliases);

    private static int Run(Request request, CancellationToken cancellation)
    {
        var format = InputReader.Detect(request.Input, request.File);
        // Without --model, a target (--target, or a target column or key on the input's first line) picks the embedded stance model.
        CommonOptions.CheckTargets(request.Target);

        if (request.FindTargets && request.Target is not null)
        {
            throw new UsageException("give --target or --find-targets, not both");
        }

        // Before anything is opened: a missing --file would hide this mistake, and a FIFO with no writer would block on it.
        if (request.File is not null && request.Texts.Length > 0)
        {
            throw new UsageException("give texts as arguments or --file, not both");
        }

        // The input (a file, or standard input when no texts are given and not only --info is asked) is read once: a pipe or
        // FIFO cannot be read twice. Without --model, its first line, read ahead, picks the model: see InputReader.DeclaresTargets.
        // "--file -" is standard input, as the convention goes. --info alone never reads standard input: a script's may be a
        // pipe that stays open with nothing written (ssh, some CI runners), and a manifest must not wait on it; "--info --file -"
        // reads it, shows the model that scores it and scores it.
        var stdin = request.File is "-" || (request.File is null && request.Texts.Length == 0 && !request.Info);
        using var input = stdin ? new Utf8LineReader(StandardInput.Open("give the texts as arguments or with --file FILE"), "(stdin)")
            : request.File is not null ? new Utf8LineReader(OpenFile(request.File), request.File)
            : null;
        if (input is not null)
        {
            Interrupt.StopAtOnceIfBlocking(input.Stream);
        }

        var defaultTask = request.Target is not null || request.FindTargets
            || (request.Model is null && input is not null && InputReader.DeclaresTargets(input, format))
            ? ClassifierTask.Stance
            : ClassifierTask.Sentiment;
        var scorer = AliasOption.Apply(
            request.Model is null ? ModelLoading.Embedded(defaultTask) : ModelLoading.FromFile(request.Model, task: null, options: null),
            request.Aliases,
            request.Model);
        if (scorer.Info.Task == ClassifierTask.Sentiment && (request.Target is not null || request.FindTargets))
        {
            throw ModelOption.StanceOnly(request.Target is not null ? "--target" : "--find-targets", request.Model);
        }

        if (request.Info)
        {
            PrintInfo(scorer, request);
            if (request.Texts.Length == 0 && input is null)
            {
                return ExitCodes.Success;
            }
        }

        if (scorer.Info.Task == ClassifierTask.Stance && string.IsNullOrWhiteSpace(request.Target) && !request.FindTargets && format == "lines")
        {
            throw ModelOption.NeedsTarget(request.Model, findTargets: true);
        }

        // A TSV without a target column would fail every row alike: said once, before any row is scored.
        if (scorer.Info.Task == ClassifierTask.Stance && request.Target is null && !request.FindTargets && input is not null
            && InputReader.ColumnsWithoutTarget(input, format) is { } columns)
        {
            throw ModelOption.NeedsTargetColumn(request.Model, request.File is null or "-" ? "(stdin)" : request.File, columns);
        }

        // JSON lines whose first line has no target: said once, from that line alone (standard input may never end). A file
        // whose later lines lack one is scored, those lines reported each in its place: see Score.
        if (scorer.Info.Task == ClassifierTask.Stance && request.Target is null && !request.FindTargets && input is not null
            && InputReader.FirstLineWithoutTarget(input, format) is var (line, keys))
        {
            throw ModelOption.NeedsTargetField(request.Model, request.File is null or "-" ? "(stdin)" : request.File, line, keys);
        }

        FoundTargets.Check(scorer, "--target", [request.Target]);
        UnseenTargets.Note(scorer, [request.Target]);

        // A reader of the results that goes away (`| head`) stops the run: see StandardOutput.
        StandardOutput.StopWhenReaderGone();
        using var output = new StreamWriter(StandardOutput.Open(), new UTF8Encoding(false)) { AutoFlush = false };
        var writer = new ResultWriter(output, request.Format, scorer);
        var source = request.File is null or "-" ? "(stdin)" : request.File;
        var errors = new ErrorTally();
        var unnamed = 0L;
        IEnumerable<InputItem> Expand(IEnumerable<InputItem> items) => request.FindTargets ? items.SelectMany(item => ForEachTarget(item)) : items;
        IEnumerable<InputItem> ForEachTarget(InputItem item)
        {
            if (item.Target is not null || item.Error is not null)
            {
                return [item];
            }

            var found = scorer.FindTargets(item.Text);
            unnamed += found.Length == 0 ? 1 : 0;
            return found.Select(t => item with { Target = t });
        }

        if (request.Texts.Length > 0)
        {
            Score(scorer, Expand(request.Texts.Select((t, i) => new InputItem(t, null, i + 1))), request.Target, InputReader.NoTarget("lines"), writer, errors, cancellation);
        }
        else if (input is not null)
        {
            // A pipe, terminal or FIFO may stay open with nothing more to read (`tail -f news.txt | predict`): what has
            // arrived is scored and written once the input pauses, not held back until a chunk fills.
            var lines = Expand(InputReader.Read(input, format, source));
            WithProgress(input.Stream as FileStream, () => Score(scorer, input.Stream.CanSeek ? lines : LiveInput.Read(lines), request.Target, InputReader.NoTarget(format), writer, errors, cancellation));
        }

        output.Flush();
        if (unnamed > 0)
        {
            Console.Error.WriteLine($"note: {unnamed:N0} text(s) name no known target and have no result (--find-targets)");
        }

        if (errors.Count == 0)
        {
            return ExitCodes.Success;
        }

        Console.Error.WriteLine($"{source}:{errors.FirstLine}: {errors.FirstReason}; {errors.Count:N0} input(s) could not be scored " +
            "and have an error instead of a label in the output; fix them and score them again");
        return ExitCodes.BadFile;
    }

    /// <summary>Counts the inputs that could not be scored, and remembers the first.</summary>
    private sealed class ErrorTally
    {
        public long Count { get; private set; }

        public long FirstLine { get; private set; }

        public string? FirstReason { get; private set; }

        public void Add(InputItem item, string reason)
        {
            if (Count++ == 0)
            {
                (FirstLine, FirstReason) = (item.Line, reason);
            }
        }
    }

    private static FileStream OpenFile(string path) => MissingFile.OpenRead(path, "input file");

    /// <summary>Scores the items chunk by chunk (each chunk in parallel), writing results in input order.</summary>
    /// <remarks>A null item (<see cref="LiveInput"/>: the input paused) scores and writes the items so far, and flushes the output.</remarks>
    private static void Score(ModelScorer scorer, IEnumerable<InputItem?> items, string? target, string noTarget, ResultWriter writer, ErrorTally errors, CancellationToken cancellation)
    {
        var chunk = new List<InputItem>(ChunkSize);
        var results = new double[ChunkSize][];
        var problems = new string?[ChunkSize];
        var warned = false;
        foreach (var item in items)
        {
            if (item is null)
            {
                if (chunk.Count > 0)
                {
                    Flush();
                    writer.Flush();
                }

                continue;
            }

            if (!warned && !scorer.IsStance && item.Target is not null)
            {
                warned = true;
                Console.Error.WriteLine("note: the input has stance targets, but this is a sentiment model: the targets are ignored. " +
                    "For stance, pass --model with a stance model; without --model, a TSV header with a target column or a first JSON line with a target picks the embedded stance model.");
            }

            chunk.Add(item);
            if (chunk.Count == ChunkSize)
            {
                Flush();
            }
        }

        Flush();

        void Flush()
        {
            cancellation.ThrowIfCancellationRequested();
            Parallel.For(0, chunk.Count, i =>
            {
                var p = results[i] ??= new double[scorer.Classes];
                var t = chunk[i].Target ?? target;
                problems[i] = chunk[i].Error ?? (!scorer.IsStance ? null
                    : string.IsNullOrWhiteSpace(t) ? noTarget
                    : Classifier.Stance.TargetLength.RowProblem(t) ?? Classifier.Stance.TargetCharacters.RowProblem(t) ?? scorer.FunctionWordsProblem(t));
                if (problems[i] is null)
                {
                    scorer.Probabilities(chunk[i].Text, scorer.IsStance ? scorer.Target(t!) : null, p);
                }
            });
            for (var i = 0; i < chunk.Count; i++)
            {
                if (problems[i] is { } problem)
                {
                    errors.Add(chunk[i], problem);
                    writer.WriteError(chunk[i], chunk[i].Target ?? target, problem);
                }
                else
                {
                    writer.Write(chunk[i], chunk[i].Target ?? target, results[i]);
                }
            }

            chunk.Clear();
        }
    }

    /// <summary>Runs <paramref name="work"/> with a progress bar on an interactive terminal when the input is a regular file of known length.</summary>
    private static void WithProgress(FileStream? stream, Action work)
    {
        // A FIFO given as --file is a FileStream too, but has no length to show progress against (and throws when asked).
        if (stream is null || !stream.CanSeek || !Terminal.Error.Profile.Capabilities.Interactive || stream.Length == 0)
        {
            work();
            return;
        }

        Terminal.Error.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("scoring", maxValue: stream.Length);
                using var timer = new Timer(_ => task.Value = Math.Min(stream.Length, stream.Position), null, 0, 200);
                work();
                task.Value = stream.Length;
            });
    }

    private static void PrintInfo(ModelScorer scorer, Request request)
    {
        if (request.Format == "text")
        {
            ModelInfoWriter.WriteText(Terminal.Out, request.Model ?? $"(embedded {TaskLabels.Name(scorer.Info.Task)} model)", scorer.Info);
        }
        else
        {
            Console.WriteLine(ModelInfoWriter.ToJsonNode(scorer.Info).ToJsonString(CliJson.Indented));
        }
    }
}
