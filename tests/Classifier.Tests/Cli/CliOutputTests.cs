using System.IO.Pipes;
using System.Text.Json;
using Classifier.Training.Cli;
using Microsoft.Win32.SafeHandles;

namespace Classifier.Tests.Cli;

/// <summary>The CLI's standard output when it is not a terminal: a pipe whose reader goes away, and text tables in a file or pipe.</summary>
public sealed class CliOutputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Predict_ReaderOfTheOutputGoneAfterOneLine_StopsReadingItsInputAndExitsZero()
    {
        const int total = 200_000;
        using var process = CliProcess.Start("predict", "--format", "json");
        var stderr = process.StandardError.ReadToEndAsync();
        // Feeds standard input line by line, counting the lines the CLI took before it went away (the write then fails).
        var fed = Task.Run(() =>
        {
            var written = 0;
            try
            {
                for (; written < total; written++)
                {
                    process.StandardInput.WriteLine($"Talks resumed after a two-year freeze, round {written}.");
                }

                process.StandardInput.Close();
            }
            catch (IOException)
            {
            }

            return written;
        });

        var first = await process.StandardOutput.ReadLineAsync();
        process.StandardOutput.Close(); // the reader goes, as `head -1` does
        var exited = process.WaitForExit(TimeSpan.FromMinutes(3));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        var written = await fed;

        Assert.True(exited, "the CLI did not exit");
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(string.Empty, await stderr);
        Assert.StartsWith("{\"text\":\"Talks resumed after a two-year freeze, round 0.\",\"label\":", first);
        // A few chunks of 2,048 lines and the pipes' buffers, not the 200,000 lines a run to the end would take.
        Assert.True(written < total / 4, $"the CLI read {written:N0} of {total:N0} lines after its reader had gone");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void StandardOutputGuard_ReaderGone_ThrowsWhenAskedToStopElseDropsTheOutput(bool stop)
    {
        using var pipe = new AnonymousPipeServerStream(PipeDirection.In);
        using var writeEnd = new FileStream(new SafeFileHandle(pipe.ClientSafePipeHandle.DangerousGetHandle(), ownsHandle: false), FileAccess.Write, 0);
        using var guard = new StandardOutput.GuardedStream(writeEnd, () => stop);
        guard.Write("first line\n"u8);
        pipe.Dispose(); // the reader goes

        var error = Record.Exception(() =>
        {
            guard.Write("second line\n"u8);
            guard.Flush();
        });

        if (stop)
        {
            Assert.IsType<OutputClosedException>(error);
        }
        else
        {
            Assert.Null(error); // as .NET's console stream does: train and tune finish their work
        }
    }

    [Theory]
    [InlineData("predict --info --format text")]
    [InlineData("analyze --target China --file ARTICLE")]
    [InlineData("evaluate --model MODEL --data DATA")]
    public void Command_TextOutputToAPipe_NoLinePaddedWithSpaces(string command)
    {
        var args = command.Replace("ARTICLE", Path.Combine(TestPaths.RepositoryRoot, "samples", "article.txt"), StringComparison.Ordinal)
            .Replace("MODEL", Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip"), StringComparison.Ordinal)
            .Replace("DATA", TestPaths.Data("sentiment", "dev.tsv"), StringComparison.Ordinal).Split(' ');

        var result = CliProcess.Run(args);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var padded = result.Stdout.Split('\n').Where(line => line.EndsWith(' ')).ToArray();
        Assert.True(padded.Length == 0, $"{padded.Length} line(s) end in a space, the first: '{padded.FirstOrDefault()}'");
    }

    [Fact]
    public void TrimmingWriter_SpacesWrittenApartFromTheirLineEnd_DroppedAndOtherSpacesKept()
    {
        var inner = new StringWriter { NewLine = "\n" };
        var writer = new TrimmingWriter(inner);

        writer.Write("│ a  b");
        writer.Write("   ");
        writer.Write(' ');
        writer.WriteLine();
        writer.Write("  c ");
        writer.Write('d');
        writer.Write("  \r\n  ");

        Assert.Equal("│ a  b\n  c d\r\n", inner.ToString());
    }

    [Fact]
    public void Analyze_TextAndJson_TextNumbersSentencesFromOneJsonIndexFromZero()
    {
        var article = _dir.File("article.txt", "Beijing condemned the drills. China praised the talks.\n");

        var text = CliProcess.Run("analyze", "--file", article, "--target", "China");
        var json = CliProcess.Run("analyze", "--file", article, "--target", "China", "--format", "json");

        Assert.True(text.ExitCode == 0, text.Stderr);
        var rows = text.Stdout.Split('\n').Where(l => l.Contains("Beijing condemned") || l.Contains("China praised")).ToArray();
        Assert.StartsWith("│ 1 │ Beijing condemned", rows[0]);
        Assert.StartsWith("│ 2 │ China praised", rows[1]);
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.Equal([0, 1], doc.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("index").GetInt32()));
    }

    [Fact]
    public void Analyze_FindTargetsBeyondMaxTargets_SaysOnStderrWhichWereLeftOutAndHowToIncludeThem()
    {
        var article = _dir.File("article.txt", "China and Russia met. China praised Russia. Japan and France stayed away.\n");

        var capped = CliProcess.Run("analyze", "--file", article, "--find-targets", "--max-targets", "2", "--format", "json");
        var all = CliProcess.Run("analyze", "--file", article, "--find-targets", "--format", "json");

        Assert.True(capped.ExitCode == 0, capped.Stderr);
        Assert.Contains("note: --find-targets found 4 targets and scores the 2 most named; 2 left out: ", capped.Stderr);
        Assert.Contains("Japan", capped.Stderr);
        Assert.Contains("France", capped.Stderr);
        Assert.Contains("(raise --max-targets, to 4 for all, or name them with --target)", capped.Stderr);
        Assert.True(all.ExitCode == 0, all.Stderr);
        Assert.DoesNotContain("left out", all.Stderr);
    }

    [Theory]
    [InlineData("uncertain")]
    [InlineData("predict")]
    public void Command_TsvTextWithTabAndLineBreaks_OneRowOfTheHeadersColumnsWithSpaces(string command)
    {
        var file = _dir.File("texts.jsonl", "{\"text\": \"Talks\\tresumed\\nafter a\\r\\nfreeze.\"}\n");
        var model = Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip");
        string[] args = command == "uncertain"
            ? ["uncertain", "--model", model, "--data", file, "--format", "tsv"]
            : ["predict", "--model", model, "--file", file, "--format", "tsv"];

        var result = CliProcess.Run(args);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var row = lines[1].Split('\t');
        Assert.Equal(lines[0].Split('\t').Length, row.Length);
        Assert.Contains("Talks resumed after a  freeze.", row);
    }
}
