using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Classifier.Tests.Cli;
using Classifier.Tests.Training;
using Classifier.Training.Training;
using Classifier.Training.Tuning;

namespace Classifier.Tests.Reliability;

[Collection(TrainingCollection.Name)]
public sealed partial class InterruptTests(TrainingFixture fixture) : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>
    /// Ctrl+C (SIGINT) while ML.NET trains: the CLI stops within seconds, says so, exits 130, and the model file it would
    /// replace is untouched.
    /// </summary>
    [Fact]
    public async Task Train_InterruptedDuringTraining_StopsQuicklyAndKeepsThePreviousModel()
    {
        var model = Path.Combine(_dir.Path, "model.zip");
        File.Copy(fixture.ModelPath, model);
        var before = File.ReadAllBytes(model);

        var stderr = await InterruptAndCheck(model, new Regex("Training "), "train", "--task", "stance", "--data", TestPaths.Data("stance", "train.tsv"), "--out", model);

        Assert.Equal(before, File.ReadAllBytes(model));
        // The cancellation path ran (the process was not just ended by the signal): it says what happened.
        Assert.Contains("cancelled: nothing was written", stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// Ctrl+C during a search: the CLI stops within seconds, exits 130, and writes the best settings scored so far, the
    /// candidate with the highest score of those it logged, instead of losing the search.
    /// </summary>
    [Fact]
    public async Task Tune_InterruptedDuringSearch_WritesTheBestSettingsSoFar()
    {
        var settings = Path.Combine(_dir.Path, "settings.json");
        var before = "{ \"featurizer\": { \"wordNgramMax\": 1 } }\n";
        File.WriteAllText(settings, before);

        var stderr = await InterruptAndCheck(settings, ScoredSecond(), "tune", "--task", "sentiment", "--data", TestPaths.Data("sentiment", "train.tsv"),
            "--dev", TestPaths.Data("sentiment", "dev.tsv"), "--budget-minutes", "5", "--out", settings);

        var scored = Regex.Matches(stderr, @"\] #\d+ [a-z]+: (?<settings>.+) -> (?<score>\d\.\d{4}) \([^)]*\)$", RegexOptions.Multiline)
            .Select(m => (Settings: m.Groups["settings"].Value, Score: double.Parse(m.Groups["score"].Value, CultureInfo.InvariantCulture))).ToArray();
        Assert.True(scored.Length >= 2, stderr);
        var best = scored.MaxBy(c => c.Score);
        var kept = Regex.Match(stderr, @"cancelled after (?<n>\d+) candidate\(s\): wrote .+ with the best so far, (?<settings>.+) \(macroF1 (?<score>\d\.\d{4}), dev\); the search did not finish");
        Assert.True(kept.Success, stderr);
        Assert.Equal(best.Score.ToString("0.0000", CultureInfo.InvariantCulture), kept.Groups["score"].Value);
        // Every candidate that ran is counted, those rejected too (a score, then "rejected: ...").
        Assert.Equal(Regex.Matches(stderr, @"\] #\d+ [a-z]+: .+ -> ").Count, int.Parse(kept.Groups["n"].Value, CultureInfo.InvariantCulture));
        Assert.NotEqual(before, File.ReadAllText(settings));
        var written = TrainingConfig.Load(settings);
        Assert.Equal(kept.Groups["settings"].Value, new Candidate("", written.Featurizer, written.Trainer).Describe(ClassifierTask.Sentiment));
        // The search ran with threads 0 (every core); the file kept names the count.
        Assert.Equal(Environment.ProcessorCount, written.Trainer.Threads);
    }

    /// <summary>
    /// A command that does not stop part-way (here <c>analyze</c>, waiting for the rest of its file) ends at the first
    /// Ctrl+C, exit 130, instead of waiting for work that never looks at the cancellation.
    /// </summary>
    [Fact]
    public async Task Analyze_InterruptedWhileReading_StopsAtTheFirstSignal()
    {
        Assert.True(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "this test makes a FIFO with mkfifo(1) and sends SIGINT with kill(1)");
        var fifo = Path.Combine(_dir.Path, "article.fifo");
        Process.Start("mkfifo", [fifo])!.WaitForExit();
        using var process = CliProcess.Start("analyze", "--file", fifo);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // Opening the FIFO for writing returns once the CLI has opened it for reading: it is then inside the command.
        await using var writer = await Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write)).WaitAsync(TimeSpan.FromMinutes(2));
        await Task.Delay(300);
        Signal(process, "INT");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var exited = await process.WaitForExitAsync(timeout.Token).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
        if (!exited)
        {
            process.Kill();
        }

        Assert.True(exited, "analyze did not stop within 10 seconds of one Ctrl+C");
        Assert.Equal(130, process.ExitCode);
        await Task.WhenAll(stdout, stderr).WaitAsync(TimeSpan.FromSeconds(5));
    }

    private static void Signal(Process process, string signal) =>
        Process.Start("kill", [$"-{signal}", process.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();

    /// <summary>
    /// The line that logs the second candidate's score. Not any line naming #2: on a loaded machine the second candidate's
    /// fit reports its progress (<c>] #2 trainers: ...: iteration 40</c>) before its score, and a Ctrl+C then leaves one
    /// score logged, not the two the test compares.
    /// </summary>
    [GeneratedRegex(@"\] #2 [a-z]+: .+ -> \d\.\d{4}")]
    private static partial Regex ScoredSecond();

    /// <summary>
    /// Runs the CLI until a line of its stderr matches <paramref name="readyMarker"/>, sends Ctrl+C, and checks that it stops within
    /// 5 s with exit 130 and leaves no file in the folder but <paramref name="output"/>; returns its stderr.
    /// </summary>
    private async Task<string> InterruptAndCheck(string output, Regex readyMarker, params string[] args)
    {
        Assert.True(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "this test sends SIGINT with kill(1)");
        using var process = CliProcess.Start(args);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var ready = new TaskCompletionSource();
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var stderr = Task.Run(() =>
        {
            while (process.StandardError.ReadLine() is { } line)
            {
                lines.Enqueue(line);
                if (readyMarker.IsMatch(line))
                {
                    ready.TrySetResult();
                }
            }
        });
        await ready.Task.WaitAsync(TimeSpan.FromMinutes(2));
        await Task.Delay(300);

        var signalled = Stopwatch.StartNew();
        Signal(process, "INT");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var exited = await process.WaitForExitAsync(timeout.Token).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);

        Assert.True(exited, "the CLI did not stop within 10 seconds of Ctrl+C");
        Assert.True(signalled.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {signalled.Elapsed}");
        Assert.Equal(130, process.ExitCode);
        Assert.Equal([Path.GetFileName(output)], Directory.GetFiles(_dir.Path).Select(Path.GetFileName));
        await stderr.WaitAsync(TimeSpan.FromSeconds(5));
        await stdout;
        return string.Join("\n", lines);
    }

    [Fact]
    public void Train_ReadOnlyOutputFile_ReportedBeforeTraining()
    {
        var model = Path.Combine(_dir.Path, "locked.zip");
        File.Copy(fixture.ModelPath, model);
        File.SetAttributes(model, FileAttributes.ReadOnly);
        try
        {
            var result = CliProcess.Run("train", "--task", "sentiment", "--data", TestPaths.Data("sentiment", "train.tsv"), "--out", model);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal($"error: {model}: the existing file is read-only{Environment.NewLine}", result.Stderr);
        }
        finally
        {
            File.SetAttributes(model, FileAttributes.Normal);
        }
    }
}
