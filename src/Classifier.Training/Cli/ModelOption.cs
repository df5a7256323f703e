using Classifier.Model;
using Classifier.Stance;

namespace Classifier.Training.Cli;

/// <summary>
/// Model files named by options, and what to say when one is of the other task, in the CLI's terms (which option takes
/// which task's model) rather than the library's (which class loads it). Two cases:
/// <list type="bullet">
/// <item>An option that takes one task's model (<c>analyze --stance-model</c>, <c>compare --baseline</c>) given a model of
/// the other: a bad model file for that option, exit code 2, as a data file of the other task is.</item>
/// <item>A <c>--model</c> whose task decides the run (<c>predict</c>, <c>explain</c>, <c>uncertain</c>) with an option that
/// applies to the other task only, or without one its task needs: a usage error, exit code 1, naming the option and the file.</item>
/// </list>
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class ModelOption
{
    /// <summary>The model <paramref name="option"/> names, which must be a <paramref name="task"/> model; the embedded one when <paramref name="path"/> is null.</summary>
    /// <param name="path">The file given, or null when the option was left out.</param>
    /// <param name="option">The option, such as <c>--stance-model</c>.</param>
    /// <param name="task">The task whose model the option takes.</param>
    /// <param name="why">Why the option takes that task, when the option itself does not say (<c>compare --baseline</c>); null for none.</param>
    /// <exception cref="ModelFileException">The file is missing or damaged, or is a model of the other task (naming the option and the task it takes).</exception>
    public static ModelScorer Load(string? path, string option, ClassifierTask task, string? why = null)
    {
        if (path is null)
        {
            return ModelLoading.Embedded(task);
        }

        var scorer = ModelLoading.FromFile(path, task: null, options: null);
        if (scorer.Info.Task != task)
        {
            throw new ModelFileException(path, $"is a {TaskLabels.Name(scorer.Info.Task)} model, but {option} takes a {TaskLabels.Name(task)} model{why}; " +
                $"give {option} a {TaskLabels.Name(task)} model file, or leave {option} out for the embedded {TaskLabels.Name(task)} model");
        }

        return scorer;
    }

    /// <summary>The error for <paramref name="option"/>, which applies to stance models only, given with a sentiment <c>--model</c>.</summary>
    /// <param name="option">The option, such as <c>--target</c>.</param>
    /// <param name="path">The model file, or null for the embedded model.</param>
    public static UsageException StanceOnly(string option, string? path) =>
        new($"{option} applies to stance models only, and {Name(path)} is a sentiment model: give --model a stance model file, or leave out {option}");

    /// <summary>The error for a stance <c>--model</c> run without the target its task needs.</summary>
    /// <param name="path">The model file, or null for the embedded model.</param>
    /// <param name="findTargets">Whether the command also takes <c>--find-targets</c> (<c>predict</c>), said as the other way.</param>
    public static UsageException NeedsTarget(string? path, bool findTargets = false) =>
        new($"{Name(path)} is a stance model: give the target with --target" +
            (findTargets ? " T, or --find-targets to score the text toward each target it names" : string.Empty));

    /// <summary>
    /// The error for a stance <c>--model</c> run without <c>--target</c> on a TSV input whose header has no target column:
    /// said once, before any row is scored, rather than once a row. A header without a <c>text</c> column either is told
    /// both at once, rather than the missing target first and the missing text only once that is fixed.
    /// </summary>
    /// <param name="path">The model file, or null for the embedded model.</param>
    /// <param name="input">The input file, or <c>(stdin)</c>.</param>
    /// <param name="columns">The columns the input's header names.</param>
    /// <returns>A usage error (exit 1) when only the target is missing, which --target can give; bad input (exit 2) when the
    /// text column is missing too, as a TSV without one is for every model.</returns>
    public static Exception NeedsTargetColumn(string? path, string input, IReadOnlyList<string> columns) =>
        columns.Contains("text")
            ? new UsageException($"{input}:1: {Name(path)} is a stance model, which needs a target for each text, and this TSV has no 'target' column " +
                $"(columns found: {string.Join(", ", columns)}): give the target of every row with --target T, or add a 'target' column")
            : Utf8Text.Refusal(input, 1, $"{Name(path)} is a stance model, which needs a text and a target for each row, and this TSV's header has " +
                $"neither a 'text' nor a 'target' column (columns found: {string.Join(", ", columns)}): name the column that holds the texts " +
                "'text', and add a 'target' column or give the target of every row with --target T");

    /// <summary>
    /// The error for a stance <c>--model</c> run without <c>--target</c> on JSON lines whose first line has no <c>"target"</c>
    /// string: said once, before any line is scored, rather than once a line. A line without a <c>"text"</c> string either is
    /// told both at once.
    /// </summary>
    /// <param name="path">The model file, or null for the embedded model.</param>
    /// <param name="input">The input file, or <c>(stdin)</c>.</param>
    /// <param name="line">The first JSON line's number.</param>
    /// <param name="keys">The keys that line has.</param>
    public static UsageException NeedsTargetField(string? path, string input, long line, IReadOnlyList<string> keys)
    {
        var found = keys.Count == 0 ? "no keys" : $"keys found: {string.Join(", ", keys.Take(KeysListed).Select(k => k.Length > TargetLength.Quoted ? TargetLength.Cut(k) : k))}{(keys.Count > KeysListed ? $", … ({keys.Count} in all)" : string.Empty)}";
        return keys.Contains("text", StringComparer.OrdinalIgnoreCase)
            ? new($"{input}:{line}: {Name(path)} is a stance model, which needs a target for each text, and the first JSON line has no \"target\" string " +
                $"({found}): give the target of every line with --target T, or a \"target\" string on each line ({{\"text\": \"...\", \"target\": \"...\"}})")
            : new($"{input}:{line}: {Name(path)} is a stance model, which needs a text and a target for each line, and the first JSON line has neither a " +
                $"\"text\" nor a \"target\" string ({found}): write each line as {{\"text\": \"...\", \"target\": \"...\"}}, or give the target of every line " +
                "with --target T and a \"text\" string on each line");
    }

    /// <summary>How many of a JSON line's keys <see cref="NeedsTargetField"/> lists.</summary>
    private const int KeysListed = 6;

    private static string Name(string? path) => path ?? "the embedded model";
}
