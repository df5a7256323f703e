namespace Classifier.Tests.Cli;

/// <summary>
/// A model of the other task given to a command: the CLI says which option takes which task's model, naming the file,
/// never the library's advice ("load it with StanceClassifier.Load"). An option that takes one task's model exits 2 (a
/// bad model file for it); an option the model's task does not allow, or a target its task needs, exits 1.
/// </summary>
public sealed class WrongTaskModelCliTests : IDisposable
{
    private static readonly string Sentiment = Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip");
    private static readonly string Stance = Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip");
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("analyze --file ARTICLE --target China --stance-model SENTIMENT", 2,
        "SENTIMENT: is a sentiment model, but --stance-model takes a stance model; give --stance-model a stance model file, or leave --stance-model out for the embedded stance model")]
    [InlineData("analyze --file ARTICLE --sentiment-model STANCE", 2,
        "STANCE: is a stance model, but --sentiment-model takes a sentiment model; give --sentiment-model a sentiment model file, or leave --sentiment-model out for the embedded sentiment model")]
    [InlineData("explain --model STANCE Talks resumed.", 1, "STANCE is a stance model: give the target with --target")]
    [InlineData("explain --model SENTIMENT --target China Talks resumed.", 1,
        "--target applies to stance models only, and SENTIMENT is a sentiment model: give --model a stance model file, or leave out --target")]
    [InlineData("predict --model SENTIMENT --target China Talks resumed.", 1,
        "--target applies to stance models only, and SENTIMENT is a sentiment model: give --model a stance model file, or leave out --target")]
    [InlineData("predict --model SENTIMENT --find-targets Talks resumed.", 1,
        "--find-targets applies to stance models only, and SENTIMENT is a sentiment model: give --model a stance model file, or leave out --find-targets")]
    [InlineData("uncertain --model SENTIMENT --target China --data TEXTS", 1,
        "--target applies to stance models only, and SENTIMENT is a sentiment model: give --model a stance model file, or leave out --target")]
    public void Command_ModelOfTheOtherTask_SaysWhichOptionTakesWhichTaskNamingTheFile(string command, int exitCode, string expected)
    {
        string Fill(string s) => s.Replace("SENTIMENT", Sentiment, StringComparison.Ordinal).Replace("STANCE", Stance, StringComparison.Ordinal);
        var words = Fill(command).Replace("ARTICLE", _dir.File("article.txt", "Beijing condemned the drills.\n"), StringComparison.Ordinal)
            .Replace("TEXTS", _dir.File("texts.txt", "Talks resumed.\n"), StringComparison.Ordinal).Split(' ');
        // The sentence to predict or explain is one argument.
        string[] args = words[0] is "explain" or "predict" ? [.. words[..^2], "Talks resumed."] : words;

        var result = CliProcess.Run(args);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal($"error: {Fill(expected)}{Environment.NewLine}", result.Stderr);
        Assert.Empty(result.Stdout);
    }
}
