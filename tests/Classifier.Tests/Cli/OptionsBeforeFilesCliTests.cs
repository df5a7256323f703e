namespace Classifier.Tests.Cli;

/// <summary>
/// A usage error that depends only on the options (audit, cross-validate, tune) is reported before any file is read, so a
/// missing or huge <c>--data</c> or <c>--config</c> file neither masks it nor delays it.
/// </summary>
public sealed class OptionsBeforeFilesCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("audit --task sentiment --unseen-targets", "--unseen-targets applies to stance only")]
    [InlineData("cross-validate --task sentiment --unseen-targets", "--unseen-targets applies to stance only")]
    [InlineData("tune --task sentiment --unseen-targets", "--unseen-targets applies to stance only")]
    [InlineData("audit --task sentiment --folds 1", "--folds must be 2 or more; got 1")]
    [InlineData("cross-validate --task sentiment --folds 1", "--folds must be 2 or more; got 1")]
    [InlineData("tune --task sentiment --folds 1", "--folds must be 2 or more; got 1")]
    [InlineData("tune --task stance --unseen-targets --dev MISSING/dev.tsv", "--unseen-targets applies to cross-validation: leave out --dev")]
    [InlineData("tune --task sentiment --folds 4 --dev MISSING/dev.tsv", "--folds applies to cross-validation, and --dev scores the candidates on that file instead: leave out one of them")] // --folds was ignored
    [InlineData("tune --task sentiment --budget-minutes 0", "--budget-minutes must be above 0; got 0")]
    [InlineData("tune --task sentiment --max-model-mb 0", "--max-model-mb must be above 0")]
    [InlineData("tune --task sentiment --max-train-seconds -1", "--max-train-seconds must be above 0")]
    [InlineData("tune --task sentiment --max-model-mb NaN", "--max-model-mb must be above 0")]
    [InlineData("tune --task sentiment --max-train-seconds NaN", "--max-train-seconds must be above 0")]
    [InlineData("audit --task sentiment --lexicon MISSING/lexicon.tsv --no-lexicon", "give either --lexicon or --no-lexicon, not both")]
    [InlineData("cross-validate --task sentiment --aliases MISSING/aliases.tsv", "--aliases applies to stance models only; this run trains a sentiment model (--task sentiment): leave out --aliases, or use --task stance")]
    [InlineData("tune --task sentiment --representatives MISSING/people.tsv", "--representatives applies to stance models only; this run trains a sentiment model (--task sentiment): leave out --representatives, or use --task stance")]
    [InlineData("cross-validate --task sentiment --data MISSING/train.tsv", "MISSING/train.tsv: the same data file is given twice; give each file once")]
    public void Command_OptionsMisusedWithMissingFiles_ExitsOneWithTheUsageErrorNotTheMissingFile(string command, string expected)
    {
        var missing = Path.Combine(_dir.Path, "missing");
        expected = expected.Replace("MISSING", missing, StringComparison.Ordinal);
        string[] args = [.. command.Replace("MISSING", missing, StringComparison.Ordinal).Split(' '),
            "--data", Path.Combine(missing, "train.tsv"), "--config", Path.Combine(missing, "settings.json")];
        args = command.StartsWith("tune", StringComparison.Ordinal) ? [.. args, "--out", Path.Combine(_dir.Path, "tuned.json")] : args;

        var result = CliProcess.Run(args);

        Assert.Equal($"error: {expected}{Environment.NewLine}", result.Stderr);
        Assert.Equal(1, result.ExitCode);
    }

    [Theory]
    [InlineData("uncertain --top 0 --model MISSING/model.zip --data MISSING/texts.txt", "--top must be 1 or more; got 0")]
    [InlineData("uncertain --top -3 --model MISSING/model.zip --data MISSING/texts.txt", "--top must be 1 or more; got -3")]
    [InlineData("uncertain --target BLANK --model MISSING/model.zip --data MISSING/texts.txt", "--target is empty; give the name of a target, such as --target China or --target \"carbon tax\"")]
    [InlineData("evaluate --model MISSING/model.zip --data MISSING/test.tsv --data MISSING/test.tsv", "MISSING/test.tsv: the same data file is given twice; give each file once")]
    [InlineData("compare --model MISSING/model.zip --data MISSING/test.tsv --data MISSING/test.tsv", "MISSING/test.tsv: the same data file is given twice; give each file once")]
    [InlineData("train --task sentiment --lexicon MISSING/lexicon.tsv --data MISSING/train.tsv --data MISSING/train.tsv --out OUT", "MISSING/train.tsv: the same data file is given twice; give each file once")]
    [InlineData("train --task sentiment --lexicon MISSING/lexicon.tsv --no-lexicon --data MISSING/train.tsv --config MISSING/settings.json --out OUT", "give either --lexicon or --no-lexicon, not both")]
    [InlineData("validate-data --task stance --aliases MISSING/aliases.tsv --near-sources MISSING/sources --near-jaccard 2 MISSING/train.tsv", "--near-containment and --near-jaccard must be in (0, 1]; got 0.5 and 2")]
    [InlineData("validate-data --task sentiment --near-sources MISSING/sources --near-containment NaN MISSING/train.tsv", "--near-containment and --near-jaccard must be in (0, 1]; got NaN and 0.5")]
    public void Command_OptionsMisusedWithMissingModelOrFiles_ExitsOneWithTheUsageErrorBeforeAnyFileIsRead(string command, string expected)
    {
        var missing = Path.Combine(_dir.Path, "missing");
        expected = expected.Replace("MISSING", missing, StringComparison.Ordinal);
        var args = command.Replace("MISSING", missing, StringComparison.Ordinal).Replace("OUT", Path.Combine(_dir.Path, "m.zip"), StringComparison.Ordinal)
            .Split(' ').Select(a => a == "BLANK" ? " " : a).ToArray();

        var result = CliProcess.Run(args);

        Assert.Equal($"error: {expected}{Environment.NewLine}", result.Stderr);
        Assert.Equal(1, result.ExitCode);
    }
}
