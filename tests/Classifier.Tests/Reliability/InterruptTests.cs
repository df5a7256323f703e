using System.Diagnostics;
using Classifier.Tests.Cli;
using Classifier.Tests.Training;

namespace Classifier.Tests.Reliability;

[Collection(TrainingCollection.Name)]
public sealed class InterruptTests(TrainingFixture fixture) : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Ctrl+C (SIGINT) while ML.NET trains: the CLI stops within seconds, exits 130, and the model file it would replace is untouched.</summary>
    [Fact]
    public async Task Train_InterruptedDuringTraining_StopsQuicklyAndKeepsThePreviousModel()
    {
        var model = Path.Combine(_dir.Path, "model.zip");
        File.Copy(fixture.ModelPath, model);

        await InterruptAndCheck(model, "Training ", "train", "--task", "stance", "--data", TestPaths.Data("stance", "train.tsv"), "--out", model);
    }

    /// <summary>Ctrl+C during a search: the CLI stops within seconds, exits 130, and the settings file it would replace is untouched.</summary>
    [Fact]
    public async Task Tune_InterruptedDuringSearch_StopsQuicklyAndKeepsThePreviousSettings()
    {
        var settings = Path.Combine(_dir.Path, "settings.json");
        File.WriteAllText(settings, "{ \"featurizer\": { \"wordNgramMax\": 1 } }\n");

        await InterruptAndCheck(settings, "] #2 ", "tune", "--task", "sentiment", "--data", TestPaths.Data("sentiment", "train.tsv"),
            "--dev", TestPaths.Data("sentiment", "dev.tsv"), "--budget-minutes", "5", "--out", settings);
    }

    private async Task InterruptAndCheck(string output, string readyMarker, params string[] args)
    {
        Assert.True(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "this test sends SIGINT with kill(1)");
        var before = File.ReadAllBytes(output);
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { CliProcess.CliAssembly() }.Concat(args))
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var ready = new TaskCompletionSource();
        var stderr = Task.Run(() =>
        {
            while (process.StandardError.ReadLine() is { } line)
            {
                if (line.Contains(readyMarker, StringComparison.Ordinal))
                {
                    ready.TrySetResult();
                }
            }
        });
        await ready.Task.WaitAsync(TimeSpan.FromMinutes(2));
        await Task.Delay(300);

        var signalled = Stopwatch.StartNew();
        Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var exited = await process.WaitForExitAsync(timeout.Token).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);

        Assert.True(exited, "the CLI did not stop within 10 seconds of Ctrl+C");
        Assert.True(signalled.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {signalled.Elapsed}");
        Assert.Equal(130, process.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(output));
        Assert.Equal([Path.GetFileName(output)], Directory.GetFiles(_dir.Path).Select(Path.GetFileName));
        await stderr.WaitAsync(TimeSpan.FromSeconds(5));
        await stdout;
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
