using System.Diagnostics;
using Classifier.Training.Cli;

namespace Classifier.Tests.Cli;

/// <summary>
/// The CLI started with a standard stream closed or unwritable, as a shell's <c>&lt;&amp;-</c>, <c>2&gt;&amp;-</c> or a log
/// on a full disk leaves it. Run through /bin/sh on Linux (where /dev/full and /proc exist); elsewhere the process cases
/// pass without running.
/// </summary>
public sealed class StandardStreamsCliTests : IDisposable
{
    private static readonly string Sentiment = Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Before, the first progress line threw, so did the message about it, and the runtime aborted (exit 134) with no model written.</summary>
    [Theory]
    [InlineData("2>/dev/full")]
    [InlineData("2>&-")]
    public void Train_StandardErrorUnwritable_StillWritesTheModel(string redirection)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var data = _dir.File("train.tsv", string.Join('\n', File.ReadLines(TestPaths.Data("sentiment", "train.tsv")).Take(301)) + "\n");
        var model = _dir.File("model.zip");

        var (exitCode, _) = RunInShell(redirection, TimeSpan.FromMinutes(3), "train", "--task", "sentiment", "--data", data, "--out", model);

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(model));
    }

    /// <summary>Before, predict read the runtime's own signal pipe, which took descriptor 0, and waited for ever.</summary>
    [Theory]
    [InlineData]
    [InlineData("--file", "-")]
    public void Predict_StandardInputClosed_SaysSoInsteadOfWaiting(params string[] extra)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var (exitCode, stderr) = RunInShell("<&-", TimeSpan.FromSeconds(60), ["predict", "--model", Sentiment, .. extra]);

        Assert.Equal(1, exitCode);
        Assert.Equal("error: standard input is closed; give the texts as arguments or with --file FILE\n", stderr);
    }

    /// <summary>Before: "internal error: UnauthorizedAccessException" (exit 3): descriptor 1 was the runtime's own signal pipe.</summary>
    [Theory]
    [InlineData("evaluate")]
    [InlineData("predict")]
    public void Command_StandardOutputClosed_SaysWhereTheResultsShouldGo(string command)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        string[] args = command == "evaluate"
            ? ["evaluate", "--model", Sentiment, "--data", TestPaths.Data("sentiment", "dev.tsv")]
            : ["predict", "--model", Sentiment, "Talks resumed on Tuesday."];

        var (exitCode, stderr) = RunInShell(">&-", TimeSpan.FromMinutes(2), args);

        Assert.Equal(1, exitCode);
        Assert.Equal($"error: standard output is closed, and {command} writes its results there; redirect it to a file (> results.txt) or to /dev/null\n", stderr);
    }

    /// <summary>
    /// A command whose product is a file does its work with nowhere to print. Before, with standard output closed it ended
    /// "internal error" (exit 3); with standard input closed too, descriptor 1 was the write end of the runtime's signal
    /// pipe, and its progress went there (the second case passed then too: it guards that nothing fails now).
    /// </summary>
    [Theory]
    [InlineData(">&-")]
    [InlineData("<&- >&- 2>&-")]
    public void Train_StandardOutputClosed_WritesTheModelAndSucceeds(string redirection)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var data = _dir.File("train.tsv", string.Join('\n', File.ReadLines(TestPaths.Data("sentiment", "train.tsv")).Take(301)) + "\n");
        var model = _dir.File("model.zip");

        var (exitCode, stderr) = RunInShell(redirection, TimeSpan.FromMinutes(3), "train", "--task", "sentiment", "--data", data, "--out", model);

        Assert.True(exitCode == 0, stderr);
        Assert.True(File.Exists(model));
    }

    /// <summary>
    /// A FIFO as --data: before, the data file was opened once to check it could be, and closed unread, which ended its
    /// writer; the real read then waited for ever for another.
    /// </summary>
    [Theory]
    [InlineData("train")]
    [InlineData("evaluate")]
    [InlineData("validate-data")]
    public async Task Command_DataFileIsAFifo_ReadsItOnce(string command)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fifo = _dir.File("rows.tsv");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var rows = string.Join('\n', File.ReadLines(TestPaths.Data("sentiment", "train.tsv")).Take(301)) + "\n";
        var writer = Task.Run(() =>
        {
            try
            {
                File.WriteAllText(fifo, rows);
            }
            catch (IOException)
            {
                // The reader closed it unread (the old code's check): the test then fails on its timeout.
            }
        });
        string[] args = command switch
        {
            "train" => ["train", "--task", "sentiment", "--data", fifo, "--out", _dir.File("model.zip")],
            "evaluate" => ["evaluate", "--model", Sentiment, "--data", fifo],
            _ => ["validate-data", "--task", "sentiment", fifo],
        };

        var (exitCode, stderr) = RunInShell(string.Empty, TimeSpan.FromSeconds(60), args);

        Assert.True(exitCode == 0, stderr);
        await writer.WaitAsync(TimeSpan.FromSeconds(5));
    }

    /// <summary>Before: <c>internal error: IOException: No space left on device</c>, as if the CLI had a bug.</summary>
    [Fact]
    public void Evaluate_StandardOutputOnAFullDisk_SaysSoAsTheMachinesError()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var (exitCode, stderr) = RunInShell(">/dev/full", TimeSpan.FromMinutes(2), "evaluate", "--model", Sentiment, "--data", TestPaths.Data("sentiment", "dev.tsv"));

        Assert.Equal(3, exitCode);
        Assert.Equal("error: output not written: no space left on the device; free some space and run the command again\n", stderr);
    }

    [Theory]
    [InlineData("/models/.sentiment.zip.0123456789abcdef0123456789abcdef.tmp", "/models/sentiment.zip")]
    [InlineData("/my models/.stance v2.zip.0123456789abcdef0123456789abcdef.tmp", "/my models/stance v2.zip")]
    [InlineData("/models/.sentiment.zip.notaguid.tmp", "/models/.sentiment.zip.notaguid.tmp")]
    [InlineData("/reports/settings.json", "/reports/settings.json")]
    public void Describe_FullDiskWhileWritingAFile_NamesTheTargetNotTheTemporaryFile(string inMessage, string named)
    {
        var ex = new IOException($"No space left on device : '{inMessage}'", 28);

        Assert.True(DiskFull.Is(ex) || OperatingSystem.IsWindows());
        Assert.Equal($"{named}: not written: no space left on the device; free some space, or write to another disk, and run the command again", DiskFull.Describe(ex));
    }

    [Theory]
    [InlineData(0, "pos:\t0\nflags:\t02000000\nmnt_id:\t15\n", true)] // close-on-exec: opened after the exec, not inherited
    [InlineData(0, "pos:\t0\nflags:\t0100000\nmnt_id:\t15\n", false)] // an inherited pipe or file
    [InlineData(0, "pos:\t0\nflags:\t0100002\nmnt_id:\t26\n", false)] // a terminal, read-write
    [InlineData(1, "pos:\t0\nflags:\t02000000\nmnt_id:\t15\n", true)] // the runtime's signal pipe in the place of >&-
    [InlineData(1, "pos:\t0\nflags:\t0100001\nmnt_id:\t15\n", false)] // an inherited file, write-only
    public void Check_FlagsOfTheDescriptor_SaysWhetherItWasClosedAtStart(int descriptor, string fdinfo, bool closed)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        File.WriteAllText(_dir.File(descriptor.ToString(System.Globalization.CultureInfo.InvariantCulture)), fdinfo);

        Assert.Equal(closed, ClosedAtStart.Check(_dir.Path, descriptor));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Check_NoSuchDescriptor_SaysItWasClosed(int descriptor)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        Assert.True(ClosedAtStart.Check(_dir.Path, descriptor));
    }

    [Fact]
    public void DroppingStream_WriteThatFails_IsDropped()
    {
        using var stream = new StandardError.DroppingStream(new FailingStream());
        using var writer = new StreamWriter(stream) { AutoFlush = true };

        writer.WriteLine("progress");
        writer.Flush();
    }

    /// <summary>Runs the CLI from /bin/sh with <paramref name="redirection"/> applied; returns the exit code and standard error (unless redirected).</summary>
    private static (int ExitCode, string Stderr) RunInShell(string redirection, TimeSpan timeout, params string[] args)
    {
        var info = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])["-c", $"exec \"$@\" {redirection}", "sh", "dotnet", CliProcess.CliAssembly(), .. args])
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"CLI did not finish: {string.Join(' ', args)} {redirection}");
        }

        return (process.ExitCode, stderr.Result);
    }

    private sealed class FailingStream : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("No space left on device");

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");

        public override void Flush() => throw new UnauthorizedAccessException();
    }
}
