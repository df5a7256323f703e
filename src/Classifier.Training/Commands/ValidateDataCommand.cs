using System.CommandLine;
using System.Globalization;
using Classifier.Data;
using Classifier.Training.Cli;
using Classifier.Training.Training;
using Classifier.Training.Validation;
using Spectre.Console;

namespace Classifier.Training.Commands;

/// <summary><c>validate-data</c>: schema, duplicates, leakage across splits, balance and variety of labeled files.</summary>
internal static class ValidateDataCommand
{
    public static Command Create()
    {
        var task = CommonOptions.Task();
        var files = new Argument<string[]>("files") { Description = "The labeled TSV files (for example every split of a task); --data FILE also names one.", Arity = ArgumentArity.ZeroOrMore };
        var data = new Option<string[]>("--data") { Description = "A labeled TSV file, as the other commands take it (repeatable); the same as giving it as an argument." };
        var minShare = new Option<double>("--min-label-share") { Description = "Fail if a label of the task is below this share of any file, one it lacks being 0% (0-1; 0: no check).", DefaultValueFactory = _ => 0 };
        var minRows = new Option<int>("--min-rows") { Description = "Fail if the files hold fewer rows in all (0: no check).", DefaultValueFactory = _ => 0 };
        var minTargets = new Option<int>("--min-targets") { Description = "Stance: fail if fewer distinct targets (0: no check).", DefaultValueFactory = _ => 0 };
        var minContrast = new Option<double>("--min-contrastive") { Description = "Stance: fail if a file has fewer sentences with 2+ targets of different labels (0-1; 0: no check).", DefaultValueFactory = _ => 0 };
        var unseen = new Option<string[]>("--unseen-targets")
        {
            Description = "Stance: one of the files whose targets must not occur in the others (repeat it for more files; their targets are checked against the files not named by it).",
        };
        var maxOpening = new Option<double>("--max-opening-share") { Description = "Fail if more sentences of a file share their first three words.", DefaultValueFactory = _ => 0.02 };
        var sources = new Option<string[]>("--near-sources")
        {
            Description = "Files or folders (*.tsv, *.txt) no sentence may copy or closely paraphrase; fail for each sentence that is close to one of theirs.",
            AllowMultipleArgumentsPerToken = true,
        };
        var containment = new Option<double>("--near-containment")
        {
            Description = "With --near-sources: close when at least this share of a sentence's word 3-grams is in one source sentence.",
            DefaultValueFactory = _ => SourceOverlap.DefaultContainment,
        };
        var jaccard = new Option<double>("--near-jaccard")
        {
            Description = "With --near-sources: close when the character 4-gram Jaccard similarity with one source sentence is at least this.",
            DefaultValueFactory = _ => SourceOverlap.DefaultCharJaccard,
        };
        var nearReport = new Option<string?>("--near-report")
        {
            Description = "With --near-sources: write a TSV of every sentence checked with the source sentence that holds the largest share of its word 3-grams (file, line, text, containment, char_jaccard, source_file, source_line, source_text), near or not, "
                + "and the source sentence sharing two or more names with it, likely the same story (shared_names, names_source_file, names_source_line, names_source_text; empty when none does).",
        };
        var aliases = new Option<string?>("--aliases")
        {
            Description = "Stance: the alias table training will use (TSV of target, alias; as train --aliases), by which targets written in other forms (\"china\", \"Beijing\") count as one; default: the built-in table (data/stance/aliases.tsv).",
        };
        var representatives = new Option<string?>("--representatives")
        {
            Description = "Stance: the representatives table training will use (TSV of target, name; as train --representatives), checked as training reads it, against --aliases or the built-in table.",
        };
        var format = CommonOptions.Format("text", "markdown");
        var command = new Command("validate-data", "Check labeled files: schema, duplicates, leakage between splits, balance, variety.")
        {
            task, files, data, minShare, minRows, minTargets, minContrast, unseen, maxOpening, sources, containment, jaccard, nearReport, aliases, representatives, format,
        };
        command.SetAction((parse, _) => CliRunner.RunToEndAsync(parse, () =>
        {
            // A stance check given for sentiment data would fail every sentiment file (no file has targets), not check anything.
            // Given, that is: an option left at its default has an implicit result.
            if (parse.GetValue(task) != ClassifierTask.Stance
                && new Option[] { aliases, representatives, minTargets, minContrast, unseen }.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is { } stanceOnly)
            {
                throw new UsageException($"{stanceOnly.Name} applies to stance data only; these files are checked as sentiment data (--task sentiment): leave out {stanceOnly.Name}, or use --task stance");
            }

            var aliasFile = parse.GetValue(aliases);
            var peopleFile = parse.GetValue(representatives);

            var labeled = (parse.GetValue(files) ?? []).Concat(parse.GetValue(data) ?? []).ToArray();
            if (labeled.Length == 0)
            {
                throw new UsageException("give the labeled files to check, as arguments (validate-data --task stance train.tsv dev.tsv) or with --data");
            }

            TrainCommand.RefuseRepeats(labeled);
            CheckNearness(parse.GetValue(containment), parse.GetValue(jaccard));
            var reportFile = parse.GetValue(nearReport);
            if (reportFile is not null)
            {
                if (parse.GetValue(sources) is not { Length: > 0 })
                {
                    throw new UsageException("--near-report lists each sentence's closest source sentence, so it needs --near-sources FILE... to compare with");
                }

                var sourcePaths = parse.GetValue(sources)!;
                OutputPath.EnsureWritableFor("--near-report", reportFile, "closest.tsv",
                    [.. labeled.Select(f => ("--data", (string?)f)), .. sourcePaths.Select(f => ("--near-sources", (string?)f)),
                        ("--aliases", aliasFile), ("--representatives", peopleFile)]);

                // A report inside a source folder would be read as a source by the next run (a TSV with a text column),
                // and every sentence would then be a copy of itself.
                var reportPath = Path.GetFullPath(reportFile);
                if (sourcePaths.Where(Directory.Exists).Select(d => Path.TrimEndingDirectorySeparator(Path.GetFullPath(d)) + Path.DirectorySeparatorChar)
                    .FirstOrDefault(d => reportPath.StartsWith(d, StringComparison.Ordinal)) is { } folder)
                {
                    throw new UsageException($"--near-report {reportFile} is inside the --near-sources folder {folder}, where the next check would read it as a source; write it elsewhere");
                }
            }

            // A bad alias file is reported with the data files' problems, not instead of them.
            IReadOnlyDictionary<string, IReadOnlyList<string>>? aliasTable = null;
            DataFileException? aliasErrors = null;
            try
            {
                aliasTable = aliasFile is null ? null : AliasFile.Read(aliasFile);
            }
            catch (DataFileException ex)
            {
                aliasErrors = ex;
            }

            var rules = new ValidationRules
            {
                Aliases = aliasTable,
                RepresentativesFile = peopleFile,
                AliasFileErrors = aliasErrors,
                MinLabelShare = parse.GetValue(minShare),
                MinRows = parse.GetValue(minRows),
                MinTargets = parse.GetValue(minTargets),
                MinContrastiveShare = parse.GetValue(minContrast),
                UnseenTargetsFiles = parse.GetValue(unseen) ?? [],
                MaxOpeningShare = parse.GetValue(maxOpening),
                Sources = parse.GetValue(sources) is { Length: > 0 } paths ? LoadSources(paths, parse.GetValue(containment), parse.GetValue(jaccard)) : null,
            };
            var report = DataValidator.Validate(parse.GetValue(task), labeled, rules);
            if (reportFile is not null)
            {
                Classifier.Model.AtomicFile.WriteAllText(reportFile, NearReport(report));
                Console.Error.WriteLine($"wrote {reportFile}: {report.Files.Sum(f => f.ClosestSources?.Count ?? 0):N0} sentences with their closest source sentence, {report.Files.Sum(f => f.SharingNames ?? 0):N0} sharing two or more names with one");
            }

            if (parse.GetValue(format) == "markdown")
            {
                Console.Write(ValidationMarkdown.Render(report));
            }
            else
            {
                Render(report);
            }

            return Task.FromResult(report.Passed ? ExitCodes.Success : ExitCodes.BadFile);
        }));
        return command;
    }

    /// <summary>The range check of --near-containment and --near-jaccard, made before any file (the alias table, the sources) is read.</summary>
    private static void CheckNearness(double containment, double jaccard)
    {
        // Written so that NaN, which no comparison holds for, is refused too.
        if (!(containment is > 0 and <= 1) || !(jaccard is > 0 and <= 1))
        {
            throw new UsageException($"--near-containment and --near-jaccard must be in (0, 1]; got {containment} and {jaccard}");
        }
    }

    private static SourceOverlap LoadSources(string[] paths, double containment, double jaccard)
    {
        CheckNearness(containment, jaccard);
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            throw new DataFileException(missing.Select(p => new DataFileError(p, 0, "--near-sources file or folder not found; check the path")).ToArray(), missing.Length);
        }

        var overlap = SourceOverlap.Load(paths, containment, jaccard);
        if (overlap.Count == 0)
        {
            // A source with no sentences is a bad input, as a data file without rows is: exit code 2, naming each path.
            var empty = paths.Distinct(StringComparer.Ordinal).Select(p => new DataFileError(p, 0,
                "--near-sources has no source sentences here (it reads the 'text' column of .tsv files and the sentences of .txt files); " +
                "give the folder of the public datasets, such as ../shared/datasets")).ToArray();
            throw new DataFileException(empty, empty.Length);
        }

        Console.Error.WriteLine($"checking against {overlap.Count:N0} source sentences in {string.Join(", ", paths)}");
        return overlap;
    }

    private static void Render(ValidationReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"{TaskLabels.Name(report.Task)} data")
            .AddColumns("file", "rows", "sentences", "labels", "targets", "vocabulary", "words min/median/max", "top opening", "near-dup pairs");
        if (report.Files.Any(f => f.NearSources is not null))
        {
            table.AddColumns("near sources", "closest source, 3-gram share mean/max", "sharing 2+ names");
        }

        foreach (var f in report.Files)
        {
            string[] cells = [Markup.Escape(f.Path), N(f.Rows), N(f.Sentences),
                string.Join(" ", f.Labels.Select(l => $"{l.Key} {DataValidator.Pct(l.Value / (double)f.Rows, 0)}")), f.Targets == 0 ? "-" : N(f.Targets),
                N(f.Vocabulary), $"{f.MinWords}/{f.MedianWords}/{f.MaxWords}", Markup.Escape($"{DataValidator.Pct(f.TopOpeningShare, 1)} '{f.TopOpening}'"), N(f.NearDuplicatePairs)];
            table.AddRow(f.NearSources is { } n
                ? [.. cells, N(n), f.ClosestMean is { } mean ? $"{DataValidator.Pct(mean, 0)}/{DataValidator.Pct(f.ClosestMax!.Value, 0)}" : "-", N(f.SharingNames ?? 0)]
                : cells);
        }

        Terminal.Out.Write(table);
        if (report.PerTarget.Count > 0)
        {
            Terminal.Out.WriteLine($"{report.PerTarget.Count} targets; contrastive share per file: " +
                string.Join(", ", report.Files.Select(f => $"{Path.GetFileName(f.Path)} {DataValidator.Pct(f.ContrastiveShare, 0)}")));
        }

        foreach (var note in report.Notes.Take(20))
        {
            Console.Error.WriteLine(note);
        }

        if (report.Notes.Count > 20)
        {
            Console.Error.WriteLine($"warning: ... and {report.Notes.Count - 20} more");
        }

        foreach (var failure in report.Failures)
        {
            Console.Error.WriteLine($"FAIL: {failure}");
        }

        Terminal.Out.WriteLine(report.Passed ? "validation passed" : $"validation failed: {report.Failures.Count} problem(s)");
    }

    /// <summary>
    /// The TSV of <c>--near-report</c>: each sentence checked, at its first row, with its closest source sentence
    /// (<see cref="SourceOverlap.Closest"/>; empty source columns and shares of 0 when there is none), and the source
    /// sentence sharing the most names with it, two or more (<see cref="SourceOverlap.SharedNames"/>: the names, as the
    /// sentence writes them, joined by "; ", and that sentence; empty when none shares two). Tabs and line breaks inside a
    /// text, which the TSV could not hold, are written as spaces.
    /// </summary>
    internal static string NearReport(ValidationReport report)
    {
        var sb = new System.Text.StringBuilder("file\tline\ttext\tcontainment\tchar_jaccard\tsource_file\tsource_line\tsource_text\tshared_names\tnames_source_file\tnames_source_line\tnames_source_text\n");
        foreach (var (example, closest, names) in report.Files.SelectMany(f => f.ClosestSources ?? []))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{Cell(example.Path)}\t{example.Line}\t{Cell(example.Text)}\t{closest?.Containment ?? 0:0.000}\t{closest?.CharJaccard ?? 0:0.000}\t");
            sb.Append(CultureInfo.InvariantCulture, $"{Cell(closest?.SourcePath ?? "")}\t{(closest is null ? "" : closest.SourceLine)}\t{Cell(closest?.Source ?? "")}\t");
            sb.Append(CultureInfo.InvariantCulture, $"{Cell(names is null ? "" : string.Join("; ", names.Names))}\t{Cell(names?.SourcePath ?? "")}\t{(names is null ? "" : names.SourceLine)}\t{Cell(names?.Source ?? "")}\n");
        }

        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
