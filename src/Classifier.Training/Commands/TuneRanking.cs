using System.Globalization;
using Classifier.Training.Training;
using Classifier.Training.Tuning;
using Spectre.Console;

namespace Classifier.Training.Commands;

/// <summary>
/// <c>tune</c>'s closing ranking table. On a console narrower than <see cref="WideWidth"/> columns it drops the stage and
/// the metric column that repeats the score, keeps the numbers from wrapping, and lists why a candidate was rejected under
/// the table: on an 80-column terminal the full table squeezed every column to a few letters and wrapped the settings a
/// word a line.
/// </summary>
internal static class TuneRanking
{
    /// <summary>The most candidates the table shows.</summary>
    internal const int Rows = 25;

    /// <summary>The narrowest console that gets the full table.</summary>
    internal const int WideWidth = 120;

    /// <summary>
    /// The table's title: how many candidates ran, how many were not run for lack of time (when any), and, when more ran
    /// than the table shows (<see cref="Rows"/>), that only the best are shown.
    /// </summary>
    internal static string Title(string metric, IReadOnlyList<CandidateResult> results)
    {
        var skipped = results.Count(r => r.Skipped);
        var ran = results.Count - skipped;
        var counts = skipped == 0 ? $"{results.Count} candidates" : $"{ran} candidates run, {skipped} not run for lack of time";
        return ran > Rows
            ? $"{counts}, the best {Rows} shown, best first (by {metric})"
            : $"{counts}, best first (by {metric})";
    }

    /// <summary>Writes the table, then the candidates not run for lack of time (they have no score to rank).</summary>
    internal static void Write(IAnsiConsole console, ClassifierTask task, string metric, IReadOnlyList<CandidateResult> results, CandidateResult best)
    {
        var ranked = results.Where(r => !r.Skipped).OrderBy(r => r.Rejected is null ? 0 : 1).ThenByDescending(r => r.Score).Take(Rows).ToArray();
        if (console.Profile.Width >= WideWidth)
        {
            console.Write(Wide(task, metric, results, ranked, best));
        }
        else
        {
            console.Write(Narrow(task, metric, results, ranked));
            for (var i = 0; i < ranked.Length; i++)
            {
                var r = ranked[i];
                if (r == best && r.Rejected is null)
                {
                    console.WriteLine($"#{i + 1} is chosen.");
                }
                else if (r.Rejected is not null)
                {
                    console.WriteLine($"#{i + 1} rejected: {r.Rejected}");
                }
            }
        }

        var skipped = results.Where(r => r.Skipped).ToArray();
        if (skipped.Length > 0)
        {
            // Listed apart, not in the table: they have no score, seconds or megabytes to show.
            console.WriteLine($"{skipped.Length} candidate(s) not run for lack of time (expected to take longer than what was left of --budget-minutes or than one candidate may run):");
            foreach (var r in skipped)
            {
                console.WriteLine($"  {r.Candidate.Stage}: {r.Candidate.Describe(task)}: {r.Rejected}");
            }
        }
    }

    private static Table Wide(ClassifierTask task, string metric, IReadOnlyList<CandidateResult> results, CandidateResult[] ranked, CandidateResult best)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Title(metric, results)))
            .AddColumns("#", "stage", "settings (changes from the defaults)", $"score ({metric})", "accuracy", "macro-F1");
        if (task == ClassifierTask.Stance)
        {
            table.AddColumn("F_avg");
        }

        table.AddColumns("train s", "MB", "");
        var rank = 0;
        foreach (var r in ranked)
        {
            string[] cells = [(++rank).ToString(CultureInfo.InvariantCulture), r.Candidate.Stage, Markup.Escape(r.Candidate.Describe(task)), F(r.Score), F(r.Accuracy), F(r.MacroF1)];
            string[] tail = [Seconds(r), Megabytes(r), r == best && r.Rejected is null ? "chosen" : Markup.Escape(r.Rejected ?? "")];
            table.AddRow(task == ClassifierTask.Stance ? [.. cells, F(r.Favg ?? 0), .. tail] : [.. cells, .. tail]);
        }

        return table;
    }

    /// <summary>
    /// The settings, the score and the metrics the score is not (accuracy, and macro-F1 or F_avg), seconds and megabytes;
    /// every column but the settings as wide as its widest cell, so the settings get the rest of the line.
    /// </summary>
    private static Table Narrow(ClassifierTask task, string metric, IReadOnlyList<CandidateResult> results, CandidateResult[] ranked)
    {
        var others = Others(task, metric);
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Title(metric, results)));
        table.AddColumn(new TableColumn("#").NoWrap());
        table.AddColumn(new TableColumn("settings"));
        table.AddColumn(new TableColumn("score").NoWrap());
        foreach (var (name, _) in others)
        {
            table.AddColumn(new TableColumn(name).NoWrap());
        }

        table.AddColumn(new TableColumn("s").NoWrap());
        table.AddColumn(new TableColumn("MB").NoWrap());
        var rank = 0;
        foreach (var r in ranked)
        {
            table.AddRow([(++rank).ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Candidate.Describe(task)), F(r.Score),
                .. others.Select(o => F(o.Value(r))), Seconds(r), Megabytes(r)]);
        }

        return table.Caption("s: training seconds; MB: model megabytes");
    }

    /// <summary>The metrics shown beside the score in the narrow table: those the score is not.</summary>
    internal static IReadOnlyList<(string Name, Func<CandidateResult, double> Value)> Others(ClassifierTask task, string metric)
    {
        List<(string, Func<CandidateResult, double>)> all = [("accuracy", r => r.Accuracy), ("macro-F1", r => r.MacroF1)];
        if (task == ClassifierTask.Stance)
        {
            all.Add(("F_avg", r => r.Favg ?? 0));
        }

        var score = metric.ToLowerInvariant() switch
        {
            "accuracy" => "accuracy",
            "favg" => "F_avg",
            _ => "macro-F1",
        };
        return all.Where(m => m.Item1 != score).ToArray();
    }

    private static string F(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Seconds(CandidateResult r) => r.TrainSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Megabytes(CandidateResult r) => r.ModelMegabytes.ToString("0.0", CultureInfo.InvariantCulture);
}
