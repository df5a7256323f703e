using System.Text.Json;
using Classifier.Features;
using Classifier.Model;

namespace Classifier.Tests.Model;

public sealed class ManifestReaderTests
{
    /// <summary>Every property set to a non-default value: the hand-written reader must read back what the generated serializer wrote.</summary>
    [Fact]
    public void Read_WhatTheSerializerWrote_RoundTripsEveryProperty()
    {
        var info = new ModelInfo
        {
            FormatVersion = 1,
            Task = ClassifierTask.Stance,
            Labels = ["against", "favor"],
            CreatedUtc = new DateTimeOffset(2026, 11, 30, 5, 6, 7, TimeSpan.Zero),
            LibraryVersion = "9.8.7",
            Featurizer = new FeaturizerSettings
            {
                WordNgramMax = 3, CharNgramMin = 1, CharNgramMax = 6, SublinearTf = false, UseIdf = false, MarkNegation = false, Contractions = false,
                NormalizeDigits = true, NormalizeSocial = true, UseLexicon = false, MarkContrast = true, WordMinCount = 2, CharMinCount = 3,
                MaxFeatures = 12_345, MaxTextLength = 999, TargetCrossedWords = false, TargetCrossedChars = true, MentionWindow = 7,
                CrossedWeight = 2.5f, MentionWeight = 0.25f, LexiconWeight = 1.5f, WordVectors = true, VectorWeight = 0.75f, SplitWords = true,
                MarkMoodChanges = true, MarkComparisons = true, MarkMeasures = true, ZipfWeighting = true, AbsentKind = true, TargetPolarity = true,
                JudgedActs = true, NamesAsWritten = true, IgnoreFormerPeople = true, AppositiveChanges = true, ObjectChanges = true, SkipDatelines = true,
                NameDigitsAsWritten = false, UnseenIssueFloor = 0.45f, MarkExpectations = true, MarkShifters = true, EndingOutcomes = true, MarkVictims = true,
            },
            Trainer = new Dictionary<string, string> { ["trainer"] = "maxent", ["l2"] = "0.001" },
            TrainingData = new TrainingDataInfo
            {
                Files = ["a.tsv", "b.tsv"], Sha256 = "ab12", Rows = 42, Targets = new Dictionary<string, int> { ["United States"] = 30, ["sanctions"] = 12 },
            },
            Metrics = new Dictionary<string, IReadOnlyDictionary<string, double>> { ["test"] = new Dictionary<string, double> { ["macroF1"] = 0.75, ["examples"] = 100 } },
            Aliases = new Dictionary<string, IReadOnlyList<string>> { ["United States"] = ["US", "Washington"] },
            Representatives = new Dictionary<string, IReadOnlyList<string>> { ["United States"] = ["Joe Biden", "Biden"] },
            Features = 777,
            LexiconTerms = 88,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(info, ManifestJson.Default.ModelInfo);

        using var document = JsonDocument.Parse(json);
        var read = ManifestReader.Read(document.RootElement);

        Assert.Equal(info.Featurizer, read.Featurizer);
        Assert.Equal(info.Labels, read.Labels);
        Assert.Equal(info.Trainer, read.Trainer);
        Assert.Equal(info.TrainingData.Files, read.TrainingData.Files);
        Assert.Equal(info.TrainingData.Targets.OrderBy(t => t.Key), read.TrainingData.Targets.OrderBy(t => t.Key));
        Assert.Equal(info.TrainingData with { Files = read.TrainingData.Files, Targets = read.TrainingData.Targets }, read.TrainingData);
        Assert.Equal(info.Metrics["test"], read.Metrics["test"]);
        Assert.Equal(info.Aliases["United States"], read.Aliases["United States"]);
        Assert.Equal(info.Representatives["United States"], read.Representatives["United States"]);
        Assert.Equal(info with { Labels = read.Labels, Trainer = read.Trainer, TrainingData = read.TrainingData, Metrics = read.Metrics, Aliases = read.Aliases, Representatives = read.Representatives }, read);
        var writtenNames = document.RootElement.GetProperty("featurizer").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(typeof(FeaturizerSettings).GetProperties().Length, writtenNames.Length);
    }
}

public sealed class ManifestReaderFeaturizerTests
{
    /// <summary>Models saved before <see cref="TrainingDataInfo.Targets"/> existed record no targets.</summary>
    [Fact]
    public void Read_ManifestWithoutTrainingTargets_LoadsWithNoTargets()
    {
        using var document = JsonDocument.Parse("""{ "task": "stance", "labels": ["against", "favor"], "trainingData": { "files": ["t.tsv"], "rows": 9 } }""");

        var read = ManifestReader.Read(document.RootElement);

        Assert.Equal(9, read.TrainingData.Rows);
        Assert.Empty(read.TrainingData.Targets);
    }

    /// <summary>Models saved before the setting existed were trained without it, so they must load without it.</summary>
    [Fact]
    public void Read_ManifestWithoutContractions_LoadsWithContractionsOff()
    {
        using var document = JsonDocument.Parse("""{ "task": "sentiment", "labels": ["negative", "positive"], "featurizer": { "markNegation": true } }""");

        var read = ManifestReader.Read(document.RootElement);

        Assert.False(read.Featurizer.Contractions);
        Assert.True(new FeaturizerSettings().Contractions);
    }

    [Fact]
    public void Read_ManifestWithoutMarkChanges_LoadsWithMarkChangesOff()
    {
        using var document = JsonDocument.Parse("""{ "task": "sentiment", "labels": ["negative", "positive"], "featurizer": { "contractions": true } }""");

        var read = ManifestReader.Read(document.RootElement);

        Assert.False(read.Featurizer.MarkChanges);
        Assert.True(read.Featurizer.Contractions);
        Assert.True(new FeaturizerSettings().MarkChanges);
    }

    [Fact]
    public void Read_ManifestWithoutNameDigitsAsWritten_LoadsItOff()
    {
        using var document = JsonDocument.Parse("""{ "task": "stance", "labels": ["against", "favor"], "featurizer": { "normalizeDigits": true } }""");

        var read = ManifestReader.Read(document.RootElement);

        Assert.False(read.Featurizer.NameDigitsAsWritten);
        Assert.True(new FeaturizerSettings().NameDigitsAsWritten);
    }

    [Fact]
    public void Read_ManifestWithoutNameDigitsAsWrittenOrNormalizeDigits_LoadsItAsTrainedToday()
    {
        using var document = JsonDocument.Parse("""{ "task": "sentiment", "labels": ["negative", "positive"], "featurizer": { "contractions": true } }""");

        Assert.True(ManifestReader.Read(document.RootElement).Featurizer.NameDigitsAsWritten);
    }

    [Fact]
    public void Read_ManifestWithoutMarkMoodChanges_LoadsWithMarkMoodChangesOff()
    {
        using var document = JsonDocument.Parse("""{ "task": "sentiment", "labels": ["negative", "positive"], "featurizer": { "markChanges": true } }""");

        var read = ManifestReader.Read(document.RootElement);

        Assert.False(read.Featurizer.MarkMoodChanges);
        Assert.True(read.Featurizer.MarkChanges);
    }

    [Fact]
    public void Read_ManifestWithMarkMoodChanges_LoadsItOn()
    {
        using var document = JsonDocument.Parse("""{ "task": "sentiment", "labels": ["negative", "positive"], "featurizer": { "markChanges": true, "markMoodChanges": true } }""");

        Assert.True(ManifestReader.Read(document.RootElement).Featurizer.MarkMoodChanges);
    }

    [Fact]
    public void Read_ManifestWithoutMarkComparisons_LoadsWithMarkComparisonsOff()
    {
        using var document = JsonDocument.Parse("""{ "task": "sentiment", "labels": ["negative", "positive"], "featurizer": { "markChanges": true } }""");

        Assert.False(ManifestReader.Read(document.RootElement).Featurizer.MarkComparisons);
    }

    [Fact]
    public void Read_ManifestWithMarkComparisons_LoadsItOn()
    {
        using var document = JsonDocument.Parse("""{ "task": "sentiment", "labels": ["negative", "positive"], "featurizer": { "markChanges": true, "markComparisons": true } }""");

        Assert.True(ManifestReader.Read(document.RootElement).Featurizer.MarkComparisons);
    }

    /// <summary>A later version's setting left off changes nothing, so a model that has it still loads.</summary>
    [Theory]
    [InlineData("false")]
    [InlineData("0")]
    [InlineData("0.0")]
    [InlineData("null")]
    public void Read_UnknownSettingThatIsOff_Ignored(string value)
    {
        using var document = JsonDocument.Parse($$"""{ "task": "stance", "labels": ["against", "favor"], "featurizer": { "markChanges": true, "laterSetting": {{value}} } }""");

        Assert.True(ManifestReader.Read(document.RootElement).Featurizer.MarkChanges);
    }

    /// <summary>A later version's setting that is on would featurise text differently from anything this version can do.</summary>
    [Theory]
    [InlineData("true")]
    [InlineData("0.6")]
    [InlineData("-1")]
    [InlineData("\"words\"")]
    [InlineData("{ \"a\": 1 }")]
    public void Read_UnknownSettingThatIsOn_ThrowsNamingIt(string value)
    {
        using var document = JsonDocument.Parse($$"""{ "task": "stance", "labels": ["against", "favor"], "featurizer": { "laterSetting": {{value}} } }""");

        var error = Assert.Throws<UnknownSettingException>(() => ManifestReader.Read(document.RootElement));

        Assert.Equal("laterSetting", error.Setting);
        Assert.Equal(value, error.Value);
    }

    public static TheoryData<string> Properties()
    {
        var data = new TheoryData<string>();
        foreach (var p in typeof(FeaturizerSettings).GetProperties())
        {
            data.Add(p.Name);
        }

        return data;
    }

    /// <summary>A setting added to <see cref="FeaturizerSettings"/> but forgotten by the manifest reader fails here.</summary>
    [Theory]
    [MemberData(nameof(Properties))]
    public void Read_EachFeaturizerSettingChanged_IsReadBack(string name)
    {
        var property = typeof(FeaturizerSettings).GetProperty(name)!;
        var settings = new FeaturizerSettings();
        object changed = property.GetValue(settings) switch
        {
            bool b => !b,
            int i => name == nameof(FeaturizerSettings.MaxFeatures) && i == 0 ? 1_000 : i + 1, // 1 to 999 features is out of MaxFeatures' range
            float f => f + 0.5f,
            var other => throw new InvalidOperationException($"add a case for {other?.GetType()}"),
        };
        var modified = settings with { };
        property.SetValue(modified, changed);
        var json = JsonSerializer.SerializeToUtf8Bytes(new ModelInfo { Featurizer = modified }, ManifestJson.Default.ModelInfo);

        using var document = JsonDocument.Parse(json);

        Assert.Equal(changed, property.GetValue(ManifestReader.Read(document.RootElement).Featurizer));
    }
}
