using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Classifier.Model;
using Classifier.Training.Cli;
using Spectre.Console;

namespace Classifier.Training.Commands;

/// <summary><c>explain</c>: the features that pushed a text toward its predicted label (or another, with --label), with where they occur.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "The sentence to explain." };
        var target = new Option<string?>("--target") { Description = "The stance target (explains the stance model)." };
        var model = new Option<string?>("--model") { Description = "The model file, whose task decides what is explained (a stance model needs --target); default: the embedded stance model with --target, else the sentiment model." };
        var top = new Option<int>("--top") { Description = "How many features to show.", DefaultValueFactory = _ => 10 };
        var label = new Option<string?>("--label") { Description = "Explain this label instead of the predicted one (one of the model's labels, in any case, such as positive or favor): what spoke for it." };
        var format = CommonOptions.Format("text", "json");
        var alias = new AliasOption();
        var command = new Command("explain", "Show which words pushed a sentence toward its predicted label (or, with --label, toward another).") { text, target, model, top, label, format, alias.Option };
        command.SetAction((parse, _) => CliRunner.RunToEndAsync(parse, () =>
        {
            var sentence = parse.GetValue(text)!;
            var t = parse.GetValue(target);
            CommonOptions.CheckTargets(t);
            var path = parse.GetValue(model);
            var k = parse.GetValue(top);
            if (k < 1)
            {
                throw new UsageException("--top must be 1 or more");
            }

            var aliases = alias.Read(parse);
            if (aliases.Count > 0 && t is null)
            {
                throw new UsageException("--alias applies to the stance model only: give --target");
            }

            // As in predict, a --model's own task decides what is explained; without one, --target picks the embedded stance model.
            var scorer = path is null ? ModelLoading.Embedded(t is null ? ClassifierTask.Sentiment : ClassifierTask.Stance) : ModelLoading.FromFile(path, task: null, options: null);
            if (!scorer.IsStance && t is not null)
            {
                throw ModelOption.StanceOnly("--target", path);
            }

            if (scorer.IsStance && t is null)
            {
                throw ModelOption.NeedsTarget(path);
            }

            // In any case, as the choice options are ("Positive"), named as the model names it.
            var given = parse.GetValue(label);
            var asked = given is null ? null
                : scorer.Labels.FirstOrDefault(l => l.Equals(given, StringComparison.OrdinalIgnoreCase))
                    ?? throw new UsageException($"--label '{given}' is not one of the model's labels: give one of {string.Join(", ", scorer.Labels)}" +
                        (path is null && !scorer.IsStance && TaskLabels.For(ClassifierTask.Stance).Contains(given, StringComparer.OrdinalIgnoreCase)
                            ? $" ('{given}' is a stance label: give --target T to explain the stance model)" : ""));

            if (t is not null && given is null && scorer.Labels.FirstOrDefault(l => l.Equals(t.Trim(), StringComparison.OrdinalIgnoreCase)) is { } labelAsTarget)
            {
                // As the library refuses it in Explain(text, target) (Explain(text, "favor") meant as a label), and not with a label
                // asked; said here in the CLI's terms, in any case as --label takes it.
                throw new UsageException($"--target '{t.Trim()}' is one of the model's stance labels, not a target: give the target with --target " +
                    $"and the stance to explain with --label {labelAsTarget}");
            }

            var stance = t is null ? null : AliasOption.Apply(new StanceClassifier(scorer), aliases);
            if (stance is not null)
            {
                FoundTargets.Check(stance.Scorer, "--target", [t]);
            }

            var sentiment = t is null ? new SentimentClassifier(scorer) : null;
            var explanation = (stance, asked) switch
            {
                (null, null) => sentiment!.Explain(sentence, k),
                (null, _) => sentiment!.Explain(sentence, asked, k),
                (_, null) => stance.Explain(sentence, t!, k),
                _ => stance.Explain(sentence, t!, asked, k),
            };

            // With --label, the heading also names the predicted label, so that the asked one is not taken for it.
            var predicted = asked is null ? null : stance is null ? sentiment!.Predict(sentence).Label : stance.Predict(sentence, t!).Label;
            if (parse.GetValue(format) == "json")
            {
                var node = JsonSerializer.SerializeToNode(explanation, new JsonSerializerOptions
                {
                    PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                    Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
                })!.AsObject();
                if (predicted is not null)
                {
                    // With --label, "label" is the asked one: the predicted one beside it, as the text heading names it.
                    node["predicted"] = predicted;
                }

                Console.WriteLine(node.ToJsonString(CliJson.Indented));
                return Task.FromResult(ExitCodes.Success);
            }

            Terminal.Out.MarkupLine($"[bold]{Markup.Escape(explanation.Label)}[/] ({Invariant(explanation.Probability)}){(t is null ? "" : $" toward {Markup.Escape(t)}")}{(predicted is null ? "" : predicted == asked ? ", the predicted label" : $", as asked; the model predicts {Markup.Escape(predicted)}")}");
            Terminal.Out.MarkupLine(Highlight(sentence, explanation));
            if (explanation.Contributions.Count == 0)
            {
                Terminal.Out.MarkupLine($"No feature pushed toward {Markup.Escape(explanation.Label)}.");
                return Task.FromResult(ExitCodes.Success);
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("feature", "kind", "weight");
            foreach (var c in explanation.Contributions)
            {
                // A feature found at several places is one row, its count beside it (the JSON lists every span).
                table.AddRow(Markup.Escape(c.DisplayText) + (c.Spans.Count > 1 ? $" (x{c.Spans.Count})" : ""), c.Kind.ToString(), Weight(c.Weight));
            }

            Terminal.Out.Write(table);
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static string Invariant(double p) => p.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A contribution's weight to three decimals; one under 0.0005, which would show as 0.000 though every listed weight is above 0, as "<0.001".</summary>
    internal static string Weight(double weight) => weight < 0.0005 ? "<0.001" : weight.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A text longer than this is shown only around the top contributions' spans.</summary>
    internal const int ShownWhole = 600;

    /// <summary>How many characters of context each side of a span a long text keeps.</summary>
    private const int Context = 60;

    /// <summary>
    /// The sentence with the characters of the top contributions underlined; a text longer than <see cref="ShownWhole"/>
    /// characters only around the first two places of each (up to <see cref="Context"/> characters each side, cut at a
    /// word's edge (<see cref="ExcerptCuts"/>), the rest as " … "), so that the table is not pushed off the screen by a whole article.
    /// </summary>
    internal static string Highlight(string text, Explanation explanation)
    {
        var marked = new bool[text.Length];
        foreach (var span in explanation.Contributions.SelectMany(c => c.Spans))
        {
            for (var i = span.Start; i < Math.Min(text.Length, span.Start + span.Length); i++)
            {
                marked[i] = true;
            }
        }

        var shown = new bool[text.Length];
        if (text.Length <= ShownWhole)
        {
            Array.Fill(shown, true);
        }
        else
        {
            // Around the first two places of each contribution: a word repeated through a long text would show it all. The
            // context is cut at a word's edge, or at least between two characters and outside an HTML reference (ExcerptCuts).
            var cuts = new ExcerptCuts(text);
            foreach (var span in explanation.Contributions.SelectMany(c => c.Spans.Take(2)))
            {
                var (start, end) = (Math.Min(text.Length, span.Start), Math.Min(text.Length, span.Start + span.Length));
                var (from, to) = (cuts.Start(Math.Max(0, start - Context), start), cuts.End(Math.Min(text.Length, end + Context), end));
                Array.Fill(shown, true, from, to - from);
            }

            if (!shown.Contains(true))
            {
                // A long text none of whose contributions has a place in it: its start, so that the reader knows which text it is.
                Array.Fill(shown, true, 0, cuts.End(2 * Context, 0));
            }
        }

        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length;)
        {
            // A run of one kind: hidden (whatever is marked in it), or shown and marked alike.
            var j = i;
            while (j < text.Length && shown[j] == shown[i] && (!shown[i] || marked[j] == marked[i]))
            {
                j++;
            }

            if (!shown[i])
            {
                sb.Append(" … ");
            }
            else
            {
                var part = Markup.Escape(text[i..j]);
                sb.Append(marked[i] ? $"[underline yellow]{part}[/]" : part);
            }

            i = j;
        }

        return sb.ToString();
    }
}
