using System.Globalization;
using System.Text.RegularExpressions;

namespace Classifier.Tests.Scripts;

/// <summary>
/// scripts/retrain.sh's leftover work folders when MODELS_DIR is shared with another PID namespace (another container, or
/// another machine): owner.pid names the namespace, and a folder of another one is named and left, its process being
/// one this run cannot look up. Shims first on PATH stand for this run's namespace, so no container (nor root) is needed.
/// </summary>
[Collection(ScriptRunner.Collection)]
public sealed class RetrainNamespaceTests : IDisposable
{
    private const string Ours = "pid:[4026531111]@box-a";
    private const string Theirs = "pid:[4026532222]@box-b";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Retrain_WorkFolderOfAnotherPidNamespace_LeavesItAndSaysSoWhetherItsIdRunsHereOrNot()
    {
        var (data, models) = Folders();
        var dead = await EndedProcessId();
        var live = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        WorkFolder(models, ".retrain.Th01Dd", $"{dead} {Theirs}");
        WorkFolder(models, ".retrain.Th02Ll", $"{live} 5 {Theirs}");
        WorkFolder(models, ".retrain.Ou03Dd", $"{dead} {Ours}");
        WorkFolder(models, ".retrain.Ou04Ll", $"{live} {Ours}");
        NamespaceShim(Ours[..Ours.IndexOf('@')]);
        var bin = Shim("hostname", "#!/usr/bin/env bash\necho box-a\n");

        var (exitCode, _, stderr) = await Run(bin, data, models);

        Assert.True(exitCode == 2, stderr);
        foreach (var (name, id) in new[] { (".retrain.Th01Dd", dead), (".retrain.Th02Ll", live) })
        {
            Assert.Contains(
                $"note: {Path.Combine(models, name)}, the work folder of a retrain.sh (process {id}) in another PID namespace ({Theirs}, not " +
                $"this run's {Ours}: another container or machine sharing {models}), is left as it is: that process cannot be looked " +
                $"up from here; if no retrain.sh is running there on {models}, delete it\n",
                stderr);
        }

        Assert.Contains($"removed {Path.Combine(models, ".retrain.Ou03Dd")}, the work folder of a retrain.sh (process {dead}) that is no longer running", stderr);
        Assert.Equal([".retrain.Ou04Ll", ".retrain.Th01Dd", ".retrain.Th02Ll"], Directory.EnumerateFileSystemEntries(models).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Retrain_WithoutProcNamespace_JudgesByHostName()
    {
        var (data, models) = Folders();
        var dead = await EndedProcessId();
        WorkFolder(models, ".retrain.Hb01Dd", $"{dead} host:box-b");
        WorkFolder(models, ".retrain.Ha02Dd", $"{dead} host:box-a");
        NamespaceShim(null);
        var bin = Shim("hostname", "#!/usr/bin/env bash\necho box-a\n");

        var (exitCode, _, stderr) = await Run(bin, data, models);

        Assert.True(exitCode == 2, stderr);
        Assert.Contains($"note: {Path.Combine(models, ".retrain.Hb01Dd")}, the work folder of a retrain.sh (process {dead}) in another PID namespace (host:box-b, not this run's host:box-a:", stderr);
        Assert.Contains($"removed {Path.Combine(models, ".retrain.Ha02Dd")}, the work folder of a retrain.sh (process {dead}) that is no longer running", stderr);
        Assert.Equal([".retrain.Hb01Dd"], Directory.EnumerateFileSystemEntries(models).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Retrain_OwnWorkFolder_RecordsProcessIdAndNamespaceInOwnerPid()
    {
        var (data, models) = Folders();
        Shim("hostname", "#!/usr/bin/env bash\necho box-a\n");
        NamespaceShim(Ours[..Ours.IndexOf('@')]);
        var (exitCode, stderr) = await RunShowingOwnerPid(data, models);

        Assert.True(exitCode == 1, stderr);
        Assert.Matches(new Regex(@"^owner\.pid: [0-9]+( [0-9]+)? pid:\[4026531111\]@box-a$", RegexOptions.Multiline), stderr);
        Assert.False(Directory.Exists(models)); // made by the run, and removed as it failed
    }

    [Fact]
    public async Task Retrain_OwnWorkFolder_RecordsTheHostNameWithTheNamespaceInOneWord()
    {
        // Every Linux host's initial PID namespace is pid:[4026531836], and containers' are numbered from one base on
        // each host: two machines sharing MODELS_DIR may record the same pid:[…], so the host name goes with it.
        var (data, models) = Folders();
        NamespaceShim("pid:[4026531111]");
        Shim("hostname", "#!/usr/bin/env bash\necho 'box a'\n");
        var (exitCode, stderr) = await RunShowingOwnerPid(data, models);

        Assert.True(exitCode == 1, stderr);
        Assert.Matches(new Regex(@"^owner\.pid: [0-9]+( [0-9]+)? pid:\[4026531111\]@box_a$", RegexOptions.Multiline), stderr);
    }

    private (string Data, string Models) Folders()
    {
        // No train.tsv: the run stops (exit 2) after the leftovers are dealt with, training nothing.
        var data = Path.Combine(_dir.Path, "my-data");
        Directory.CreateDirectory(Path.Combine(data, "stance"));
        return (data, Path.Combine(_dir.Path, "my-models"));
    }

    private static async Task<string> EndedProcessId()
    {
        using var ended = System.Diagnostics.Process.Start("true")!;
        await ended.WaitForExitAsync();
        return ended.Id.ToString(CultureInfo.InvariantCulture);
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> Run(string bin, string data, string models) =>
        ScriptRunner.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") }, "retrain.sh", data, models);

    /// <summary>
    /// A run whose build fails at once: the build comes after the work folder is made, so a dotnet shim prints that
    /// folder's owner.pid ("owner.pid: ...") to stderr and exits 1.
    /// </summary>
    private async Task<(int ExitCode, string Stderr)> RunShowingOwnerPid(string data, string models)
    {
        var bin = Shim("dotnet", """
            #!/usr/bin/env bash
            for f in "$MODELS_UNDER_TEST"/.retrain.*/owner.pid; do echo "owner.pid: $(cat "$f")" >&2; done
            exit 1
            """);
        var (exitCode, _, stderr) = await ScriptRunner.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"), ["MODELS_UNDER_TEST"] = models },
            "retrain.sh", data, models);
        return (exitCode, stderr);
    }

    /// <summary>A readlink shim that gives <paramref name="pidNamespace"/> for /proc/self/ns/pid, or fails as without /proc when null; other paths go to the real readlink.</summary>
    private void NamespaceShim(string? pidNamespace) => Shim("readlink", $$"""
        #!/usr/bin/env bash
        [[ $* == /proc/self/ns/pid ]] && { {{(pidNamespace is null ? "echo \"readlink: $1: No such file or directory\" >&2; exit 1;" : $"echo '{pidNamespace}'; exit 0;")}} }
        PATH=${PATH#"$(dirname "$0")":}
        exec readlink "$@"
        """);

    /// <summary>The shims' folder, holding <paramref name="name"/>, an executable script of <paramref name="body"/>, to put first on PATH.</summary>
    private string Shim(string name, string body) => ScriptRunner.Shim(_dir.Path, name, body);

    /// <summary>A work folder as a run of retrain.sh leaves it, with a half-written model and its owner.pid.</summary>
    private static void WorkFolder(string models, string name, string owner)
    {
        var folder = Directory.CreateDirectory(Path.Combine(models, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "sentiment.zip"), "half-written");
        File.WriteAllText(Path.Combine(folder, "owner.pid"), owner + "\n");
    }
}
