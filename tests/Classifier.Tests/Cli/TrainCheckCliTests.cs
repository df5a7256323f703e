namespace Classifier.Tests.Cli;

/// <summary><c>train --check</c>: reads every input as training would, writes nothing, and needs no <c>--out</c>.</summary>
public sealed class TrainCheckCliTests : IDisposable
{
    private const string Good = "text\tlabel\nPrices fell sharply.\tnegative\nTalks resumed on Tuesday.\tpositive\nThe meeting is on Monday.\tneutral\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Check_GoodInputsWithoutOut_SucceedsAndWritesNothing()
    {
        var data = _dir.File("train.tsv", Good);

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", data, "--check");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("checked sentiment inputs: 3 training rows; 0 other labeled file(s); no warnings", result.Stderr);
        Assert.Equal(["train.tsv"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Check_RowsWithWarnings_PrintsAndCountsThemAsTrainingWould()
    {
        // Before, --check printed only its summary line, and the warnings came later, mixed into the training run's lines.
        var data = _dir.File("train.tsv", Good + "Prices fell sharply.\tnegative\n");
        var held = _dir.File("held.tsv", "text\tlabel\nPrices rose.\tpositive \nExports slumped.\tnegative\n");

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", data, "--check", "--check-file", held);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"warning: {data}:5: duplicate of {data}:2", result.Stderr);
        Assert.Contains($"warning: {held}:2: label 'positive ' has white space after it", result.Stderr);
        Assert.Contains("checked sentiment inputs: 3 training rows; 1 other labeled file(s); 2 warnings (above; the rows are read as they say)", result.Stderr);
    }

    [Fact]
    public void Check_DevRowsAlsoTrainingRows_WarnsAsTrainingWouldAndCountsIt()
    {
        // Before, this warning came only when the task trained: a check said "no warnings" of a dev file that repeats training.
        var data = _dir.File("train.tsv", Good);
        var dev = _dir.File("dev.tsv", "text\tlabel\nExports slumped.\tnegative\nTalks resumed on Tuesday.\tpositive\n");

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", data, "--dev", dev, "--check");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"warning: 1 of the 2 --dev rows ({dev}) are also training rows", result.Stderr);
        Assert.Contains($"(the first: {dev}:3, {data}:3)", result.Stderr);
        Assert.Contains("checked sentiment inputs: 3 training rows; 1 other labeled file(s); 1 warning (above; the rows are read as they say)", result.Stderr);
    }

    [Fact]
    public void Check_HeldOutLabelTheTrainingRowsLack_WarnsAsTrainingWouldAndCountsIt()
    {
        // Before, a check said "no warnings" though the run that trains warns of each such file.
        var data = _dir.File("train.tsv", "text\tlabel\nPrices fell sharply.\tnegative\nTalks resumed on Tuesday.\tpositive\n");
        var dev = _dir.File("dev.tsv", "text\tlabel\nExports slumped.\tnegative\nThe meeting is on Monday.\tneutral\n");
        var test = _dir.File("test.tsv", "text\tlabel\nThe panel meets on Friday.\tneutral\nMarkets rallied.\tpositive\n");

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", data, "--dev", dev, "--test", test, "--check");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"warning: --dev {dev}: label 'neutral' (1 row) is not in the training data (negative, positive)", result.Stderr);
        Assert.Contains($"warning: --test {test}: label 'neutral' (1 row) is not in the training data (negative, positive)", result.Stderr);
        Assert.Contains("checked sentiment inputs: 2 training rows; 2 other labeled file(s); 2 warnings (above; the rows are read as they say)", result.Stderr);
    }

    [Fact]
    public void Check_BadHeldOutFile_FailsWithItsFileAndLine()
    {
        var data = _dir.File("train.tsv", Good);
        var held = _dir.File("held.tsv", "text\tlabel\nPrices rose.\tpositive\nExports slumped.\tnegatve\n");

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", data, "--check", "--check-file", held);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{held}:3:", result.Stderr);
        Assert.Equal(["held.tsv", "train.tsv"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Check_TrainingDataWithOneLabel_FailsAsTrainingWould()
    {
        var data = _dir.File("train.tsv", "text\tlabel\nPrices fell sharply.\tnegative\nExports slumped.\tnegative\n");

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", data, "--check");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the data has only the label 'negative'; training needs at least two different labels", result.Stderr);
    }

    [Fact]
    public void Train_NoOutWithoutCheck_IsAUsageErrorSayingWhatToGive()
    {
        var data = _dir.File("train.tsv", Good);

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", data);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--out is required: give the model file to write (.zip), or add --check", result.Stderr);
    }
}
