using Classifier.Features;

namespace Classifier.Tests.Features;

/// <summary>
/// The hashes that model files store as feature keys (<see cref="FeatureHash"/>) must be the same on every run and
/// machine: a changed hash silently turns every stored key into an unknown feature. Pinned to the published test vectors
/// of FNV-1a (64-bit) and SplitMix64, and to values worked out by a separate Python implementation of the same steps.
/// </summary>
public sealed class FeatureHashTests
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    [Theory]
    [InlineData("", 0xCBF29CE484222325UL)]
    [InlineData("a", 0xAF63DC4C8601EC8CUL)]
    [InlineData("foobar", 0x85944171F73967E8UL)]
    public void Token_AsciiText_GivesFnv1aTestVectors(string text, ulong expected)
    {
        // FNV-1a's reference vectors hash bytes; for ASCII, UTF-16 code units have the same values.
        Assert.Equal(expected, FeatureHash.Token(text));
    }

    [Theory]
    [InlineData("\u00E9", 0xAF64644C8602D3A4UL)]
    [InlineData("C\u00F4te", 0xC484DD9F1E84E075UL)]
    [InlineData("\U0001F600", 0xE5E45A0A241B88D8UL)]
    public void Token_NonAsciiText_HashesUtf16CodeUnitsNotUtf8Bytes(string text, ulong expected)
    {
        // Values from Python over the text's UTF-16 code units; UTF-8 bytes would give others (a surrogate pair is two steps).
        Assert.Equal(expected, FeatureHash.Token(text));
    }

    [Fact]
    public void Token_StepByStep_EqualsTheWholeToken()
    {
        var h = FeatureHash.Offset;
        foreach (var c in "Seoul")
        {
            h = FeatureHash.Step(h, c);
        }

        Assert.Equal(FeatureHash.Token("Seoul"), h);
    }

    [Theory]
    [InlineData(1UL, 0xE220A8397B1DCDAFUL)]
    [InlineData(2UL, 0x6E789E6AA1B965F4UL)]
    [InlineData(3UL, 0x06C45D188009454FUL)]
    public void Mix_SplitMix64States_GivesTheGeneratorsFirstOutputs(ulong step, ulong expected)
    {
        // SplitMix64 seeded with 0 outputs Mix(k * golden gamma) as its k-th number.
        Assert.Equal(expected, FeatureHash.Mix(unchecked(step * Golden)));
    }

    [Fact]
    public void Combine_TwoTokens_IsOrderSensitiveWithPinnedValues()
    {
        var (not, good) = (FeatureHash.Token("not"), FeatureHash.Token("good"));

        Assert.Equal(0x10B635E51A3F0711UL, FeatureHash.Combine(not, good));
        Assert.Equal(0x0A1CB338421AB1D3UL, FeatureHash.Combine(good, not));
    }

    [Fact]
    public void Key_WordInTheWordBlock_GivesPinnedValue()
    {
        Assert.Equal(0xF17B85565D72FF68UL, FeatureHash.Key(FeatureHash.Token("good"), FeatureBlocks.Seed(FeatureBlock.Word)));
    }

    [Fact]
    public void Key_HashEqualToTheSeed_IsOneNotTheEmptySlotsZero()
    {
        // Mix(0) is 0, the mark of an empty slot in the vocabulary's table, so that key is moved to 1.
        var seed = FeatureBlocks.Seed(FeatureBlock.Char);

        Assert.Equal(0UL, FeatureHash.Mix(0));
        Assert.Equal(1UL, FeatureHash.Key(seed, seed));
    }

    [Fact]
    public void TokenSet_Words_HoldsEachWordsTokenHashAndNoOther()
    {
        var set = FeatureHash.TokenSet("talks", "truce");

        Assert.Equal(2, set.Count);
        Assert.Equal(new HashSet<ulong> { FeatureHash.Token("talks"), FeatureHash.Token("truce") }, set.ToHashSet());
        Assert.DoesNotContain(FeatureHash.Token("trade"), (IReadOnlySet<ulong>)set);
    }
}
