using System.Text.Json;

namespace Classifier.Tests.Cli;

/// <summary><c>predict</c>: what its records give back of an over-long target, and which model <c>--info</c> shows (and that alone it reads no standard input).</summary>
public sealed class PredictCliTests : IDisposable
{
    private const string Pairs = "text\ttarget\nBeijing condemned the drills.\tChina\n";

    private static readonly string Stance = Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>
    /// Standard input that stays open (<c>tail -f news.txt | predict</c>): each line is answered once the input pauses,
    /// not held back until a chunk of 2,048 fills or the input ends.
    /// </summary>
    [Fact]
    public async Task Predict_StandardInputThatStaysOpen_AnswersEachLineBeforeTheInputEnds()
    {
        using var process = CliProcess.Start("predict", "--format", "json");
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            foreach (var (text, label) in new[] { ("Shares soared after a record profit.", "positive"), ("The factory fire killed four workers.", "negative") })
            {
                await process.StandardInput.WriteLineAsync(text);
                await process.StandardInput.FlushAsync();
                var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));

                using var json = JsonDocument.Parse(line!);
                Assert.Equal(text, json.RootElement.GetProperty("text").GetString());
                Assert.Equal(label, json.RootElement.GetProperty("label").GetString());
            }

            process.StandardInput.Close();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.True(process.ExitCode == 0, await stderr);
            Assert.Null(await process.StandardOutput.ReadLineAsync());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    [Fact]
    public void Predict_TsvWithAWhiteSpaceOnlyLine_SkipsItAndExitsZero()
    {
        var file = _dir.File("rows.tsv", "text\ttarget\nBeijing condemned the drills.\tChina\n  \t \nTalks resumed.\tChina\n");

        var result = CliProcess.Run("predict", "--model", Stance, "--file", file, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Contains("\"label\":", l));
    }

    [Theory]
    [InlineData("tsv", "json")]
    [InlineData("tsv", "tsv")]
    [InlineData("jsonl", "json")]
    [InlineData("jsonl", "tsv")]
    public void Predict_TargetOf100KCharacters_RecordQuotesItCutAsTheError(string input, string format)
    {
        // A text pasted into the target column: refused, and given back no longer than the error quotes it.
        var target = "Beijing " + new string('x', 100_000);
        var content = input == "tsv"
            ? $"text\ttarget\nBeijing condemned the drills.\tChina\nTalks resumed.\t{target}\n"
            : $"{{\"text\":\"Beijing condemned the drills.\",\"target\":\"China\"}}\n{{\"text\":\"Talks resumed.\",\"target\":\"{target}\"}}\n";
        var file = _dir.File($"rows.{input}", content);

        var result = CliProcess.Run("predict", "--model", Stance, "--file", file, "--format", format);

        var line = input == "tsv" ? 3 : 2; // after the header, or without one
        var cut = target[..40] + "…";
        var reason = $"target '{cut}' is 100,008 characters long, more than the 300 a target may have; put the name of a country, organisation, person or policy in the target, not a text";
        Assert.Equal(2, result.ExitCode);
        Assert.True(result.Stdout.Length < 2_000, $"{result.Stdout.Length:N0} characters on stdout");
        Assert.StartsWith($"{file}:{line}: {reason}; 1 input(s) could not be scored", result.Stderr);
        var last = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        switch (format)
        {
            case "json":
                using (var bad = JsonDocument.Parse(last))
                {
                    Assert.Equal(cut, bad.RootElement.GetProperty("target").GetString());
                    Assert.Equal(reason, bad.RootElement.GetProperty("error").GetString());
                }

                break;
            default:
                Assert.Equal(["Talks resumed.", cut, "", "", "", "", ""], last.Split('\t'));
                break;
        }
    }

    [Theory]
    [InlineData("--file -", "tsv")]
    [InlineData("--file -", "jsonl")]
    [InlineData("--file", "tsv")]
    public void PredictInfo_InputWithTargets_ShowsAndScoresWithTheStanceModelAsWithoutInfo(string source, string input)
    {
        var content = input == "tsv" ? Pairs : "{\"text\":\"Beijing condemned the drills.\",\"target\":\"China\"}\n";
        string[] from = source switch
        {
            "--file -" => ["--file", "-", "--input", input],
            _ => ["--file", _dir.File($"pairs.{input}", content)],
        };
        string? stdin = source == "--file" ? null : content;

        var plain = CliProcess.RunWithInput(stdin, ["predict", "--format", "json", .. from]);
        var info = CliProcess.RunWithInput(stdin, ["predict", "--info", "--format", "json", .. from]);

        Assert.True(info.ExitCode == 0, info.Stderr);
        var lines = info.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var end = Array.IndexOf(lines, "}");
        using var manifest = JsonDocument.Parse(string.Join('\n', lines[..(end + 1)]));
        Assert.Equal("stance", manifest.RootElement.GetProperty("task").GetString());
        // The first line read ahead to choose the model is scored too: the rows are those predict gives without --info.
        Assert.Equal(plain.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), lines[(end + 1)..]);
        Assert.StartsWith("{\"text\":\"Beijing condemned the drills.\",\"target\":\"China\",", lines[^1]);
    }

    [Fact]
    public void PredictInfo_PipedInputWithoutFile_PrintsTheDefaultManifestAndReadsNothing()
    {
        // --info alone never reads standard input (a script's may be a pipe left open with nothing written): it shows the
        // default sentiment model and scores nothing, even when the piped input has targets.
        var result = CliProcess.RunWithInput(Pairs, "predict", "--info", "--input", "tsv", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var manifest = JsonDocument.Parse(result.Stdout);
        Assert.Equal("sentiment", manifest.RootElement.GetProperty("task").GetString());
    }

    [Fact]
    public async Task PredictInfo_StandardInputLeftOpenWithNothingWritten_ReturnsWithoutWaiting()
    {
        // As under ssh or some CI runners: a pipe nobody writes to or closes. Reading it would block until the test's timeout.
        using var process = CliProcess.Start("predict", "--info", "--format", "json");
        var stdout = process.StandardOutput.ReadToEndAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var exited = true;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            exited = false;
            process.Kill(entireProcessTree: true);
        }

        Assert.True(exited, "predict --info waited on standard input");
        Assert.Equal(0, process.ExitCode);
        using var manifest = JsonDocument.Parse(await stdout);
        Assert.Equal("sentiment", manifest.RootElement.GetProperty("task").GetString());
        process.StandardInput.Close();
    }

    [Fact]
    public void PredictInfo_EmptyStandardInput_PrintsTheManifestOnly()
    {
        // As a script's standard input often is (/dev/null): a stance model has nothing to ask a target for.
        var result = CliProcess.RunWithInput(string.Empty, "predict", "--info", "--model", Stance, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(string.Empty, result.Stderr);
        using var manifest = JsonDocument.Parse(result.Stdout);
        Assert.Equal("stance", manifest.RootElement.GetProperty("task").GetString());
    }
}
