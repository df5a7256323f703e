using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Classifier.Articles;
using Classifier.Training.Cli;
using Spectre.Console;

namespace Classifier.Training.Commands;

/// <summary><c>analyze</c>: an article sentence by sentence (sentiment, stance toward targets) and its aggregates.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var file = new Option<string>("--file") { Description = "The article (plain text; paragraphs separated by blank lines).", Required = true };
        var targets = new Option<string[]>("--target") { Description = "A target whose stance to report; repeat for several.", AllowMultipleArgumentsPerToken = true };
        var sentimentModel = new Option<string?>("--sentiment-model") { Description = "Sentiment model file; default: the embedded model." };
        var stanceModel = new Option<string?>("--stance-model") { Description = "Stance model file; default: the embedded model." };
        var all = new Option<bool>("--score-unmentioned") { Description = "Also score stance in sentences that do not name the target (by default they count as none)." };
        var keepBoilerplate = new Option<bool>("--keep-boilerplate")
        {
            Description = "Count web-page furniture (cookie notices, sign-up prompts, bylines, wire credits, \"Accept\") in the aggregates too; by default it is marked and left out.",
        };
        var keepDatelines = new Option<bool>("--keep-datelines")
        {
            Description = "Score a sentence's opening wire dateline (\"SEOUL (Reuters) - \") with it; by default it is left out, since it says where the story was filed, not what it is about.",
        };
        var find = new Option<bool>("--find-targets")
        {
            Description = "Also report the stance toward the countries, organisations and policies of the stance model's alias table that the article names, the most named first.",
        };
        var maxTargets = new Option<int>("--max-targets") { Description = "With --find-targets: how many found targets to report at most.", DefaultValueFactory = _ => 8 };
        var format = CommonOptions.Format("text", "json");
        var alias = new AliasOption();
        var command = new Command("analyze", "Analyse an article: sentiment per sentence, stance toward targets, and aggregates.")
        {
            file, targets, find, maxTargets, sentimentModel, stanceModel, all, keepBoilerplate, keepDatelines, format, alias.Option,
        };
        command.SetAction((parse, _) => CliRunner.RunToEndAsync(parse, () =>
        {
            StandardOutput.StopWhenReaderGone();
            var path = parse.GetValue(file)!;
            // Usage errors first, before the file is looked at or a model loaded.
            if (parse.GetResult(maxTargets) is { Implicit: false } && !parse.GetValue(find))
            {
                throw new UsageException("--max-targets applies with --find-targets only");
            }

            if (parse.GetValue(maxTargets) < 1)
            {
                throw new UsageException($"--max-targets must be 1 or more (got {parse.GetValue(maxTargets)})");
            }

            var chosen = (parse.GetValue(targets) ?? []).ToList();
            CommonOptions.CheckTargets(chosen);
            var aliases = alias.Read(parse);
            if (!File.Exists(path))
            {
                throw MissingFile.Error(path, "input file");
            }

            var analyzer = new ArticleAnalyzer(
                parse.GetValue(sentimentModel) is { } s ? new SentimentClassifier(ModelOption.Load(s, "--sentiment-model", ClassifierTask.Sentiment)) : SentimentClassifier.LoadDefault(),
                AliasOption.Apply(parse.GetValue(stanceModel) is { } t ? new StanceClassifier(ModelOption.Load(t, "--stance-model", ClassifierTask.Stance)) : StanceClassifier.LoadDefault(), aliases));
            var text = Utf8Text.ReadAllText(path);
            var options = new AnalysisOptions
            {
                ScoreUnmentionedTargets = parse.GetValue(all),
                SkipBoilerplate = !parse.GetValue(keepBoilerplate),
                SkipDatelines = !parse.GetValue(keepDatelines),

                // The library's limit guards a service against its callers' texts; this reads a file the user chose.
                MaxArticleLength = int.MaxValue,
            };

            if (parse.GetValue(find))
            {
                var given = chosen.Select(t => analyzer.Stance.Scorer.Target(t).Canonical).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var found = analyzer.FindTargets(text, options).Where(t => !given.Contains(t)).ToList();
                var max = parse.GetValue(maxTargets);
                chosen.AddRange(found.Take(max));
                if (found.Count > max)
                {
                    var left = found.Skip(max).ToList();
                    Console.Error.WriteLine($"note: --find-targets found {found.Count} targets and scores the {max} most named; {left.Count} left out: {string.Join(", ", left)} " +
                        $"(raise --max-targets, to {found.Count} for all, or name them with --target)");
                }
            }

            FoundTargets.Check(analyzer.Stance.Scorer, "--target", chosen);
            UnseenTargets.Note(analyzer.Stance.Scorer, chosen);
            NoteMerged(analyzer.Stance.Scorer, chosen);
            var analysis = analyzer.Analyze(text, chosen, options);
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(ToJson(analysis).ToJsonString(CliJson.Indented));
            }
            else
            {
                AnalysisText.Write(Terminal.Out, analysis);
            }

            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    internal static JsonObject ToJson(ArticleAnalysis analysis) => new()
    {
        ["sentences"] = new JsonArray(analysis.Sentences.Select(s => (JsonNode?)new JsonObject
        {
            ["index"] = s.Index,
            ["text"] = s.Text,
            ["start"] = s.Span.Start,
            ["end"] = s.Span.End,
            ["boilerplate"] = s.IsBoilerplate,
            ["datelineLength"] = s.DatelineLength,
            ["sentiment"] = Result(s.Sentiment.Label, s.Sentiment.Confidence, s.Sentiment.Probabilities),
            ["stance"] = new JsonObject(s.Stance.Select(t => KeyValuePair.Create(t.Target, (JsonNode?)(t.Result is null
                ? new JsonObject { ["label"] = t.Label, ["mentioned"] = t.Mentioned, ["scored"] = false }
                : Result(t.Label, t.Result.Confidence, t.Result.Probabilities, t.Mentioned))))),
        }).ToArray()),
        ["summary"] = new JsonObject
        {
            ["sentences"] = analysis.Summary.Sentences,
            ["boilerplateSentences"] = analysis.Summary.BoilerplateSentences,
            ["sentiment"] = Overall(analysis.Summary),
            ["targets"] = new JsonObject(analysis.Summary.Targets.Select(t => KeyValuePair.Create(t.Target, (JsonNode?)new JsonObject
            {
                ["stance"] = t.OverallStance,
                ["mentionedIn"] = t.MentionedIn,
                ["counts"] = Counts(t.Counts),
                ["meanProbabilities"] = Means(t.MeanProbabilities),
                ["mostFavorable"] = t.MostFavorable?.Index,
                ["mostHostile"] = t.MostHostile?.Index,
            }))),
        },
    };

    /// <summary>
    /// The article's sentiment: its label, counts and mean probabilities. With no sentence counted (an empty article, or
    /// one of page furniture only) there is no sentiment to report: the label is null and the means are empty, as a
    /// target's are when no sentence was scored for it, rather than the library's placeholder <c>neutral</c> and means of 0
    /// (<see cref="ArticleSummary.OverallSentiment"/>), which read as a verdict on text that was never there.
    /// </summary>
    private static JsonObject Overall(ArticleSummary summary) => new()
    {
        ["label"] = summary.Sentences == 0 ? null : summary.OverallSentiment,
        ["counts"] = Counts(summary.SentimentCounts),
        ["meanProbabilities"] = summary.Sentences == 0 ? new JsonObject() : Means(summary.MeanSentiment),
    };

    private static JsonObject Result(string label, double confidence, IReadOnlyDictionary<string, double> probabilities, bool? mentioned = null)
    {
        var node = new JsonObject { ["label"] = label, ["confidence"] = Math.Round(confidence, 6), ["probabilities"] = Means(probabilities) };
        if (mentioned is { } m)
        {
            node["mentioned"] = m;
            node["scored"] = true;
        }

        return node;
    }

    private static JsonObject Counts(IReadOnlyDictionary<string, int> counts) => new(counts.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value)));

    private static JsonObject Means(IReadOnlyDictionary<string, double> means) =>
        new(means.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)Math.Round(kv.Value, 6))));

    /// <summary>
    /// Says on stderr which <c>--target</c>s name a target given before them ("--target Moscow --target russia": both are
    /// Russia), which the analysis reports once, under the first name (<see cref="ArticleAnalyzer.Analyze(string, IEnumerable{string}, AnalysisOptions?)"/>).
    /// </summary>
    private static void NoteMerged(Classifier.Model.ModelScorer scorer, IReadOnlyList<string> targets)
    {
        var first = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var target in targets)
        {
            var key = scorer.Aliases.SameTargetKey(target);
            if (!first.TryAdd(key, target) && !string.Equals(first[key], target, StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"note: --target {target} names the same target as --target {first[key]} ({scorer.Aliases.Resolve(first[key])}); reported once, as {first[key]}");
            }
        }
    }
}

/// <summary>The analysis as coloured tables.</summary>
internal static class AnalysisText
{
    /// <summary>The width a sentence column needs to be read at all: below it, a word or two per line.</summary>
    internal const int SentenceWidth = 32;

    public static void Write(IAnsiConsole console, ArticleAnalysis analysis)
    {
        var targets = analysis.Summary.Targets.Select(t => t.Target).ToArray();
        if (console.Profile.Width < TableWidth(targets))
        {
            // Too narrow for a column per target beside a readable sentence (an 80-column terminal and --find-targets' 8
            // targets cut every cell to a few letters): one block per sentence instead, the same figures.
            WriteBlocks(console, analysis);
        }
        else
        {
            WriteTable(console, analysis, targets);
        }

        WriteSummary(console, analysis, targets);
    }

    /// <summary>
    /// The width the sentence table needs: the number, a sentence column of <see cref="SentenceWidth"/>, the sentiment
    /// ("negative 0.53") and each target's column, as wide as its name up to 16 characters and at least "against 0.93"'s,
    /// with the borders and padding Spectre puts round each.
    /// </summary>
    internal static int TableWidth(IReadOnlyList<string> targets) =>
        1 + (3 + 3) + (SentenceWidth + 3) + (13 + 3) + targets.Sum(t => Math.Clamp(t.Length, 12, 16) + 3);

    private static void WriteTable(IAnsiConsole console, ArticleAnalysis analysis, string[] targets)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("#", "sentence", "sentiment");
        foreach (var t in targets)
        {
            table.AddColumn(Markup.Escape(t));
        }

        foreach (var s in analysis.Sentences)
        {
            // Sentences are numbered from 1 for people, as lines are; the JSON's "index" is the 0-based position.
            var index = Number(s);
            var cells = s.IsBoilerplate
                ? new List<string> { $"[grey]{index} skip[/]", $"[grey]{Markup.Escape(s.Text)}[/]", Colour(s.Sentiment.Label, s.Sentiment.Confidence) }
                : new List<string> { index, Markup.Escape(s.Text), Colour(s.Sentiment.Label, s.Sentiment.Confidence) };
            cells.AddRange(s.Stance.Select(t => t.Result is null ? "[grey]-[/]" : Colour(t.Label, t.Result.Confidence)));
            table.AddRow(cells.ToArray());
        }

        console.Write(table);
    }

    /// <summary>
    /// Each sentence as a block: its number and sentiment, then its text and its stance toward each target scored in it
    /// (the ones it names, or every target with --score-unmentioned), indented, for terminals too narrow for
    /// <see cref="WriteTable"/>.
    /// </summary>
    private static void WriteBlocks(IAnsiConsole console, ArticleAnalysis analysis)
    {
        foreach (var s in analysis.Sentences)
        {
            var index = Number(s);
            console.MarkupLine(s.IsBoilerplate
                ? $"[grey]#{index} skip[/] {Colour(s.Sentiment.Label, s.Sentiment.Confidence)}"
                : $"[bold]#{index}[/] {Colour(s.Sentiment.Label, s.Sentiment.Confidence)}");
            console.Write(new Padder(new Markup(s.IsBoilerplate ? $"[grey]{Markup.Escape(s.Text)}[/]" : Markup.Escape(s.Text)), new Padding(3, 0, 0, 0)));
            var stances = s.Stance.Where(t => t.Result is not null).Select(t => $"{Markup.Escape(t.Target)} {Colour(t.Label, t.Result!.Confidence)}").ToArray();
            if (stances.Length > 0)
            {
                console.Write(new Padder(new Markup(string.Join(", ", stances)), new Padding(3, 0, 0, 0)));
            }
        }
    }

    private static void WriteSummary(IAnsiConsole console, ArticleAnalysis analysis, string[] targets)
    {
        var sum = analysis.Summary;
        var skipped = sum.BoilerplateSentences == 0 ? "" : $" ({sum.BoilerplateSentences} more left out as page furniture, marked skip)";
        if (sum.Sentences == 0)
        {
            // No sentence was counted: no verdict to give (the JSON's summary has a null label and no means).
            console.MarkupLine($"[bold]Article[/]: 0 sentences{skipped}: nothing to score");
            return;
        }

        console.MarkupLine($"[bold]Article[/]: {sum.Sentences} sentences{skipped}, overall {Colour(sum.OverallSentiment, sum.MeanSentiment.GetValueOrDefault(sum.OverallSentiment))}; " +
            string.Join(", ", sum.SentimentCounts.Select(kv => $"{kv.Key} {kv.Value}")));
        if (targets.Length == 0)
        {
            return;
        }

        // The labels as the summaries key them: a model trained without none (against and favor only) has no mean of none.
        var counted = string.Join(" / ", sum.Targets[0].Counts.Keys);
        var meaned = sum.Targets.FirstOrDefault(t => t.MeanProbabilities.Count > 0) is { } m ? string.Join(" / ", m.MeanProbabilities.Keys) : counted;
        var byTarget = new Table().Border(TableBorder.Rounded).Title("targets")
            .AddColumns("target", "stance", "mentioned in", counted, $"mean p({meaned})", "most favourable", "most hostile");
        foreach (var t in sum.Targets)
        {
            var means = t.MeanProbabilities.Count == 0 ? "-" : string.Join(" / ", t.MeanProbabilities.Values.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)));
            byTarget.AddRow(Markup.Escape(t.Target), Colour(t.OverallStance, null), t.MentionedIn.ToString(CultureInfo.InvariantCulture),
                string.Join(" / ", t.Counts.Values), means, t.MostFavorable is { } f ? $"#{Number(f)}" : "-", t.MostHostile is { } h ? $"#{Number(h)}" : "-");
        }

        console.Write(byTarget);
    }

    private static string Number(SentenceAnalysis sentence) => (sentence.Index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Colour(string label, double? confidence)
    {
        var colour = label switch { "positive" or "favor" => "green", "negative" or "against" => "red", _ => "grey" };
        var p = confidence is { } c ? " " + c.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;
        return $"[{colour}]{label}{p}[/]";
    }
}
