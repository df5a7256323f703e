using Classifier.Features;
using Classifier.Training.Evaluation;

namespace Classifier.Tests.Evaluation;

/// <summary>The model header's features line gives every featurizer setting that differs from the defaults.</summary>
public sealed class ModelInfoWriterTests
{
    private static readonly ModelInfo Default = SentimentClassifier.LoadDefault().Info with { Featurizer = new FeaturizerSettings(), Features = 1000 };

    [Fact]
    public void WriteText_SettingsDifferingInOneRarelyShownField_PrintDifferentHeaders()
    {
        var zipf = Default with { Featurizer = new FeaturizerSettings { ZipfWeighting = true } };

        var (plain, weighted) = (Header(Default), Header(zipf));

        Assert.NotEqual(plain, weighted);
        Assert.Matches(@"\nfeatures +1,000: words 1-2, chars 2-5; zipfWeighting\n", weighted);
    }

    [Fact]
    public void Features_DefaultSettings_ShortLine()
    {
        Assert.Equal("1,000: words 1-2, chars 2-5; other settings default", ModelInfoWriter.Features(Default));
    }

    [Fact]
    public void Features_ChangedSettings_ByJsonNameWithValuesWhereNotBoolean()
    {
        var info = Default with
        {
            Featurizer = new FeaturizerSettings
            {
                WordNgramMax = 3, UseIdf = false, MarkChanges = false, WordVectors = true, VectorWeight = 0.5f, SplitWords = true,
                NamesAsWritten = true, UntouchedIssueMargin = 0.1f, MaxFeatures = 20_000,
            },
        };

        Assert.Equal("1,000: words 1-3, chars 2-5; useIdf=false, markChanges=false, maxFeatures=20000, wordVectors, vectorWeight=0.5, "
            + "splitWords, namesAsWritten, untouchedIssueMargin=0.1", ModelInfoWriter.Features(info));
    }

    [Theory]
    [InlineData(0, 5, "1,000: no words, chars 2-5; other settings default")]
    [InlineData(2, 0, "1,000: words 1-2, no chars; other settings default")]
    [InlineData(3, 0, "1,000: words 1-3, no chars; other settings default")]
    public void Features_BlockTurnedOff_SaysNoWordsOrNoCharsNotAnEmptyRange(int wordMax, int charMax, string expected)
    {
        var info = Default with { Featurizer = new FeaturizerSettings { WordNgramMax = wordMax, CharNgramMax = charMax } };

        Assert.Equal(expected, ModelInfoWriter.Features(info));
    }

    [Fact]
    public void Features_CapEqualToTheCount_StillGivenSoACappedModelReadsApart()
    {
        var capped = Default with { Featurizer = new FeaturizerSettings { MaxFeatures = 1000 } };

        Assert.NotEqual(ModelInfoWriter.Features(Default), ModelInfoWriter.Features(capped));
        Assert.Equal("1,000: words 1-2, chars 2-5; maxFeatures=1000", ModelInfoWriter.Features(capped));
    }

    [Fact]
    public void ChangedSettings_EverySettingChanged_NamesEachOnce()
    {
        // Flips every boolean and bumps every number through the JSON, so a setting the line could miss fails here.
        var json = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Default, Classifier.Model.ManifestJson.Default.ModelInfo))!;
        var settings = json["featurizer"]!.AsObject();
        foreach (var (name, value) in settings.ToArray())
        {
            settings[name] = value!.GetValueKind() switch
            {
                System.Text.Json.JsonValueKind.True => false,
                System.Text.Json.JsonValueKind.False => true,
                _ => name == "maxFeatures" ? 1_000 : value.GetValue<double>() + 1, // a cap of 1 to 999 is out of MaxFeatures' range
            };
        }

        var changed = System.Text.Json.JsonSerializer.Deserialize(json.ToJsonString(), Classifier.Model.ManifestJson.Default.ModelInfo)!.Featurizer;

        Assert.Equal(settings.Select(p => p.Key), ModelInfoWriter.ChangedSettings(changed).Select(s => s.Name));
    }

    private static string Header(ModelInfo info) => PlainConsole.Render(200, console => ModelInfoWriter.WriteText(console, "model.zip", info));
}
