using Classifier.Model;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>
/// Tree trainers may not grow more trees and leaves than a model's <c>trees.bin</c> may hold to load, and no model is written
/// with an entry that loading would refuse for its size.
/// </summary>
public sealed class TreeSizeLimitTests
{
    [Theory]
    [InlineData("ova-fasttree", 10_000, 1_000)]
    [InlineData("ova-fasttree", 2_000, 600)]
    [InlineData("maxent+ova-fasttree", 10_000, 1_000)]
    public void Validate_TreesTimesLeavesOverWhatLoadingAccepts_NamesTheLimitAndWhatToLower(string trainer, int trees, int leaves)
    {
        var settings = new TrainerSettings { Trainer = trainer, Trees = trees, Leaves = leaves };

        var error = Assert.Throws<ArgumentOutOfRangeException>(settings.Validate);

        Assert.Equal("Trees", error.ParamName);
        Assert.Contains($"Too many trees and leaves ({trees} trees of {leaves} leaves)", error.Message);
        Assert.Contains("over the 64 MiB a model's trees may hold to load; grow fewer or smaller trees, so that trees times leaves is at most 1,118,412.", error.Message);
    }

    [Fact]
    public void Validate_TwoTreeMembersEachWithinTheLimitButNotTogether_SaysSoAndHalvesTheProduct()
    {
        // 1,000 x 1,000 fits one tree member (1,118,412), not two (559,206 each).
        var settings = new TrainerSettings { Trainer = "ova-fasttree+ova-fasttree", Trees = 1_000, Leaves = 1_000 };

        var error = Assert.Throws<ArgumentOutOfRangeException>(settings.Validate);

        Assert.Contains("(1000 trees of 1000 leaves, in each of 2 tree members)", error.Message);
        Assert.Contains("so that trees times leaves is at most 559,206.", error.Message);
        new TrainerSettings { Trainer = "ova-fasttree", Trees = 1_000, Leaves = 1_000 }.Validate();
    }

    [Theory]
    [InlineData("ova-fasttree", 100, 20)] // the default
    [InlineData("ova-fasttree", 10_000, 100)]
    [InlineData("ova-fasttree", 1_000, 1_000)]
    [InlineData("maxent", 10_000, 1_000)] // no trees: the two settings are not used
    public void Validate_TreesWithinTheLimit_Passes(string trainer, int trees, int leaves) =>
        new TrainerSettings { Trainer = trainer, Trees = trees, Leaves = leaves }.Validate();

    [Fact]
    public void TreeBytes_LargestAllowed_FitsTheTreesLimitAndOneMoreLeafDoesNot()
    {
        var limit = ModelArchive.EntryLimit(ModelArchive.TreesEntry);

        Assert.InRange(TrainerSettings.TreeBytes(1, (int)TrainerSettings.MaxTreeLeaves()), 0, limit);
        Assert.True(TrainerSettings.TreeBytes(1, (int)TrainerSettings.MaxTreeLeaves() + 1) > limit);
        Assert.InRange(TrainerSettings.TreeBytes(1, (int)TrainerSettings.MaxTreeLeaves(2), members: 2), 0, limit);
        Assert.True(TrainerSettings.TreeBytes(1, (int)TrainerSettings.MaxTreeLeaves(2) + 1, members: 2) > limit);
    }

    [Fact]
    public void CheckLoadable_EntryOverItsLimit_RefusesToWriteAndSaysWhatToChange()
    {
        var limit = ModelArchive.EntryLimit(ModelArchive.TopicsEntry);

        var error = Assert.Throws<InvalidOperationException>(() => ModelArchive.CheckLoadable([(ModelArchive.TopicsEntry, new byte[limit + 1])]));

        Assert.Equal(
            $"The model's topics.bin would take {limit + 1:N0} bytes, over the {limit:N0} that loading a model accepts for it, so it is not written; train with fewer issue targets, or untouchedIssueMargin 0.",
            error.Message);
    }

    [Fact]
    public void CheckLoadable_EntriesAtTheirLimits_Passes() =>
        ModelArchive.CheckLoadable([(ModelArchive.TopicsEntry, new byte[ModelArchive.EntryLimit(ModelArchive.TopicsEntry)]), (ModelArchive.ChecksumsEntry, new byte[10])]);
}
