using Classifier.Tests.Cli;
using Classifier.Training.Validation;

namespace Classifier.Tests.Validation;

public sealed class SourceOverlapTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Find_SentenceSharingMostWordTrigrams_MatchesByContainment()
    {
        var overlap = new SourceOverlap();
        overlap.Add("The harbour authority said the new container terminal would open to ships in the spring of next year.", "src.tsv", 7);
        overlap.Add("Rain is forecast for the weekend.", "src.tsv", 8);

        var match = overlap.Find("Officials said the new container terminal would open to ships in the spring.");

        Assert.NotNull(match);
        Assert.Equal(("src.tsv", 7), (match.SourcePath, match.SourceLine));
        Assert.True(match.Containment >= SourceOverlap.DefaultContainment, $"containment {match.Containment}");
    }

    [Theory]
    [InlineData("Officials in C&ocirc;te d&#8217;Ivoire said the cocoa harvest would be the smallest in a decade.")]
    [InlineData("Officials in Co\u0302te d'Ivoire said the cocoa har\u00ADvest would be the small\u200Best in a decade.")]
    public void Find_CopyWrittenWithReferencesOrInvisibleOrDecomposedCharacters_MatchesItsSource(string copy)
    {
        var overlap = new SourceOverlap();
        overlap.Add("Officials in Côte d'Ivoire said the cocoa harvest would be the smallest in a decade.", "src.tsv", 4);

        var match = overlap.Find(copy);

        Assert.NotNull(match);
        Assert.Equal(1.0, match.Containment, 6);
        Assert.Equal(1.0, match.CharJaccard, 6);
    }

    [Fact]
    public void Find_SameWordsReordered_MatchesByCharacterGrams()
    {
        var overlap = new SourceOverlap();
        overlap.Add("Quarterly operating profit at the shipyard climbed to 41 million crowns.", "src.tsv", 3);

        var match = overlap.Find("At the shipyard, operating profit climbed quarterly to 41 million crowns.");

        Assert.NotNull(match);
        Assert.True(match.Containment < SourceOverlap.DefaultContainment, $"containment {match.Containment}");
        Assert.True(match.CharJaccard >= SourceOverlap.DefaultCharJaccard, $"jaccard {match.CharJaccard}");
    }

    [Fact]
    public void Find_SameTopicOtherWords_NoMatchAtDefaultsButMatchWhenScreening()
    {
        var source = "The central bank raised its main interest rate by a quarter point to curb inflation.";
        var sentence = "To curb inflation, the central bank lifted borrowing costs by a quarter point.";
        var strict = new SourceOverlap();
        var screening = new SourceOverlap(0.4, 0.2);
        strict.Add(source, "src.tsv", 2);
        screening.Add(source, "src.tsv", 2);

        Assert.Null(strict.Find(sentence));
        Assert.NotNull(screening.Find(sentence));
    }

    [Fact]
    public void Load_FolderOfTsvAndText_ReadsTextColumnAndSentencesWithLines()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "set"));
        File.WriteAllText(Path.Combine(_dir.Path, "set", "train.tsv"), "id\ttext\tlabel\n1\tThe ferry service between the islands resumed after a week of storms.\tneutral\n");
        File.WriteAllText(Path.Combine(_dir.Path, "set", "SOURCE.md"), "The ferry service between the islands resumed after a week of storms.\n");
        File.WriteAllText(Path.Combine(_dir.Path, "article.txt"), "Headline about ports\n\nDock workers ended their strike on Monday. Exports of grain are expected to recover within a fortnight.\n");

        var overlap = SourceOverlap.Load([_dir.Path]);

        Assert.Equal(4, overlap.Count);
        Assert.Equal(2, overlap.Find("The ferry service between the islands resumed after a week of storms.")!.SourceLine);
        var fromText = overlap.Find("Exports of grain are expected to recover within a fortnight.")!;
        Assert.Equal((Path.Combine(_dir.Path, "article.txt"), 3), (fromText.SourcePath, fromText.SourceLine));
    }

    [Fact]
    public void Validate_SentenceCopiedFromSource_FailsWithBothLocations()
    {
        var data = _dir.File("train.tsv", "text\tlabel\nRockets hit the port.\tnegative\nThe ferry service between the islands resumed after a week of storms.\tpositive\n");
        var overlap = new SourceOverlap();
        overlap.Add("The ferry service between the islands resumed after a week of storms.", "pub.tsv", 9);

        var report = DataValidator.Validate(ClassifierTask.Sentiment, [data], new ValidationRules { Sources = overlap });

        Assert.Equal(1, report.Files[0].NearSources);
        Assert.StartsWith($"{data}:3: close to pub.tsv:9 (word 3-gram containment 1.00, character 4-gram Jaccard 1.00)", Assert.Single(report.Failures));
    }

    [Fact]
    public void ValidateDataCli_MissingSourceFolder_ExitsTwoNamingIt()
    {
        var data = _dir.File("train.tsv", "text\tlabel\nRockets hit the port.\tnegative\n");
        var missing = Path.Combine(_dir.Path, "nowhere");

        var result = CliProcess.Run("validate-data", "--task", "sentiment", data, "--near-sources", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {missing}: --near-sources file or folder not found; check the path{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void ValidateDataCli_SourceFolderWithoutSentences_ExitsTwoNamingIt()
    {
        var data = _dir.File("train.tsv", "text\tlabel\nRockets hit the port.\tnegative\n");
        var empty = Directory.CreateDirectory(Path.Combine(_dir.Path, "empty")).FullName;

        var result = CliProcess.Run("validate-data", "--task", "sentiment", data, "--near-sources", empty);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {empty}: --near-sources has no source sentences here (it reads the 'text' column of .tsv files and the sentences of .txt files); " +
            $"give the folder of the public datasets, such as ../shared/datasets{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void ValidateDataCli_ThresholdAboveOne_UsageError()
    {
        var data = _dir.File("train.tsv", "text\tlabel\nRockets hit the port.\tnegative\n");
        var source = _dir.File("source.tsv", "text\nRockets hit the port.\n");

        var result = CliProcess.Run("validate-data", "--task", "sentiment", data, "--near-sources", source, "--near-jaccard", "1.5");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--near-containment and --near-jaccard must be in (0, 1]; got 0.5 and 1.5", result.Stderr);
    }

    [Fact]
    public void Load_TsvWithoutTextColumn_ReadsTheFirstColumnFromTheFirstLine()
    {
        var source = _dir.File("plain.tsv", "The ferry service between the islands resumed after a week of storms.\tneutral\nRain is forecast.\tneutral\n");

        var overlap = SourceOverlap.Load([source]);

        Assert.Equal(2, overlap.Count);
        Assert.Equal(1, overlap.Find("The ferry service between the islands resumed after a week of storms.")!.SourceLine);
    }

    [Fact]
    public void Closest_SentenceBelowBothThresholds_GivesTheSourceHoldingMostOfItsTrigrams()
    {
        var overlap = new SourceOverlap(0.6, 0.4);
        overlap.Add("Rain is forecast for the weekend across the north.", "src.tsv", 2);
        overlap.Add("The port authority said the new terminal would open next year after long delays.", "src.tsv", 3);
        overlap.Add("Dockers said the new terminal would cost jobs.", "src.tsv", 4);
        var sentence = "Shipping firms welcomed news that the new terminal would open next year, ending a decade of congestion.";

        var (near, closest) = overlap.Examine(sentence);

        Assert.Null(near);
        Assert.NotNull(closest);
        Assert.Equal(3, closest.SourceLine);
        // 15 word 3-grams; "the new terminal", "new terminal would", "terminal would open", "would open next", "open next year" are in line 3.
        Assert.Equal(5 / 15.0, closest.Containment, 6);
        Assert.Equal(SourceOverlap.Jaccard(SourceOverlap.CharGrams(sentence),
            SourceOverlap.CharGrams("The port authority said the new terminal would open next year after long delays.")), closest.CharJaccard, 6);
    }

    [Fact]
    public void Closest_NoSharedTrigram_Null()
    {
        var overlap = new SourceOverlap();
        overlap.Add("Rain is forecast for the weekend across the north.", "src.tsv", 2);

        Assert.Null(overlap.Closest("Parliament passed the budget by a narrow margin on Friday."));
    }

    [Fact]
    public void Closest_TwoSourcesSharingAsManyTrigrams_TakesTheFirstAdded()
    {
        var overlap = new SourceOverlap();
        overlap.Add("Floods closed the coastal road to Tarmi for a week of repairs and inspections by engineers.", "src.tsv", 2);
        overlap.Add("Floods closed the coastal road again, near a border post.", "src.tsv", 3);
        var sentence = "Landslides and floods closed the coastal road near the border crossing overnight.";

        // Each holds "floods closed the", "closed the coastal", "the coastal road": 3 of the sentence's 10. The second is
        // the more alike by characters, but a tie goes to the first added (no Jaccard per tied sentence).
        var closest = overlap.Closest(sentence);

        Assert.Equal(2, closest!.SourceLine);
        Assert.Equal(3 / 10.0, closest.Containment, 6);
        Assert.True(SourceOverlap.Jaccard(SourceOverlap.CharGrams(sentence), SourceOverlap.CharGrams("Floods closed the coastal road again, near a border post."))
            > closest.CharJaccard, "the test needs the later source to be the more alike by characters");
    }

    [Fact]
    public void Closest_LongSourceHoldingMoreTrigrams_WinsOverAShortOneMoreAlikeByCharacters()
    {
        var overlap = new SourceOverlap();
        overlap.Add("The harbour tunnel will reopen to lorries next month.", "src.tsv", 2);
        overlap.Add("Officials said harbour tunnel would reopen to lorries next month, but only at night and under police escort, after months of delays.", "src.tsv", 3);
        var sentence = "The harbour tunnel would reopen to lorries next month.";

        // The sentence's 7 word 3-grams: the first source holds 4, the second 6 (all but "the harbour tunnel").
        var closest = overlap.Closest(sentence);

        Assert.Equal(3, closest!.SourceLine);
        Assert.Equal(6 / 7.0, closest.Containment, 6);
        Assert.True(SourceOverlap.Jaccard(SourceOverlap.CharGrams(sentence), SourceOverlap.CharGrams("The harbour tunnel will reopen to lorries next month."))
            > closest.CharJaccard, "the test needs the short source to be the more alike by characters");
    }

    [Fact]
    public void Closest_TwoWordSentenceCopied_GivesItsSourceByCharactersWithAShareOfZero()
    {
        var overlap = new SourceOverlap();
        overlap.Add("Rain is forecast for the weekend.", "src.tsv", 2);
        overlap.Add("Dockers strike", "src.tsv", 3);

        // Two words hold no word 3-gram, so only the character grams can find the copy.
        var closest = overlap.Closest("Dockers strike");

        Assert.Equal(3, closest!.SourceLine);
        Assert.Equal(0, closest.Containment);
        Assert.Equal(1.0, closest.CharJaccard, 6);
    }

    [Fact]
    public void Validate_WithSources_GivesEachSentenceItsClosestAndTheFileMeanAndLargestShare()
    {
        var data = _dir.File("test.tsv", "text\tlabel\nThe ferry service between the islands resumed on Monday.\tpositive\n" +
            "Parliament passed the budget by a narrow margin.\tneutral\nThe ferry service between the islands resumed on Monday.\tpositive\n");
        var overlap = new SourceOverlap();
        overlap.Add("The ferry service between the islands was cut by storms.", "pub.tsv", 5);

        var file = DataValidator.Validate(ClassifierTask.Sentiment, [data], new ValidationRules { Sources = overlap }).Files[0];

        // The repeated sentence counts once, at its first row; 4 of its 7 word 3-grams are in the source.
        Assert.Equal([(2, 4 / 7.0), (3, 0.0)], file.ClosestSources!.Select(r => (r.Example.Line, r.Closest?.Containment ?? 0)));
        Assert.Equal(2 / 7.0, file.ClosestMean!.Value, 6);
        Assert.Equal(4 / 7.0, file.ClosestMax!.Value, 6);
    }

    [Fact]
    public void Validate_WithSources_CountsTheSentencesSharingTwoNamesWithASource()
    {
        var data = _dir.File("test.tsv", "text\tlabel\nThe African Union lifted its suspension of Gabon.\tpositive\n" +
            "Voters in Gabon went to the polls.\tneutral\n");
        var overlap = new SourceOverlap();
        overlap.Add("Leaders of the African Union voted to readmit Gabon.", "batch.tsv", 7);

        var file = DataValidator.Validate(ClassifierTask.Sentiment, [data], new ValidationRules { Sources = overlap }).Files[0];

        Assert.Equal(1, file.SharingNames);
        Assert.Equal([("batch.tsv", 7)], file.ClosestSources!.Where(r => r.Names is not null).Select(r => (r.Names!.SourcePath, r.Names.SourceLine)));
    }

    [Fact]
    public void Validate_WithoutSources_NoClosestFigures()
    {
        var data = _dir.File("test.tsv", "text\tlabel\nParliament passed the budget by a narrow margin.\tneutral\n");

        var file = DataValidator.Validate(ClassifierTask.Sentiment, [data], new ValidationRules()).Files[0];

        Assert.Null(file.ClosestSources);
        Assert.Null(file.ClosestMean);
        Assert.Null(file.SharingNames);
    }

    [Fact]
    public void ValidateDataCli_NearReport_WritesEverySentenceWithItsClosestSourceAndTheOneSharingNames()
    {
        var data = _dir.File("test.tsv", "text\tlabel\nThe ferry service between the islands resumed on Monday.\tpositive\n" +
            "Quiz joy.\tneutral\nThe African Union lifted its suspension of Gabon.\tpositive\n");
        var source = _dir.File("batch.tsv", "text\tlabel\nRockets hit the port.\tnegative\nThe ferry service between the islands was cut by storms.\tnegative\n" +
            "Leaders of the African Union voted to readmit Gabon.\tpositive\n");
        var report = Path.Combine(_dir.Path, "closest.tsv");

        var result = CliProcess.Run("validate-data", "--task", "sentiment", data, "--near-sources", source, "--near-report", report,
            "--near-containment", "0.9", "--near-jaccard", "0.9");

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(report);
        Assert.Equal("file\tline\ttext\tcontainment\tchar_jaccard\tsource_file\tsource_line\tsource_text\tshared_names\tnames_source_file\tnames_source_line\tnames_source_text", lines[0]);
        var first = lines[1].Split('\t');
        Assert.Equal([data, "2", "The ferry service between the islands resumed on Monday.", "0.571"], first[..4]);
        Assert.Equal([source, "3", "The ferry service between the islands was cut by storms.", "", "", "", ""], first[5..]);
        // A sentence sharing neither a 3-gram nor three character 4-grams with any source sentence has none.
        Assert.Equal([data, "3", "Quiz joy.", "0.000", "0.000", "", "", "", "", "", "", ""], lines[2].Split('\t'));
        // The same story in other words: two names in common, a 3-gram share of a sixth.
        Assert.Equal(["African Union; Gabon", source, "4", "Leaders of the African Union voted to readmit Gabon."], lines[3].Split('\t')[8..]);
        Assert.Equal(4, lines.Length);
        Assert.Contains("wrote " + report + ": 3 sentences with their closest source sentence, 1 sharing two or more names with one", result.Stderr);
    }

    [Fact]
    public void ValidateDataCli_NearReportWithoutSources_UsageErrorWritesNothing()
    {
        var data = _dir.File("test.tsv", "text\tlabel\nRockets hit the port.\tnegative\n");
        var report = Path.Combine(_dir.Path, "closest.tsv");

        var result = CliProcess.Run("validate-data", "--task", "sentiment", data, "--near-report", report);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--near-report lists each sentence's closest source sentence, so it needs --near-sources", result.Stderr);
        Assert.False(File.Exists(report));
    }

    [Fact]
    public void ValidateDataCli_NearReportOverALabeledFile_RefusedAndTheFileKept()
    {
        var data = _dir.File("test.tsv", "text\tlabel\nRockets hit the port.\tnegative\n");
        var source = _dir.File("batch.tsv", "text\nRockets hit the port.\n");

        var result = CliProcess.Run("validate-data", "--task", "sentiment", data, "--near-sources", source, "--near-report", data);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"--near-report {data} is also the --data file: writing it would destroy that input; give --near-report another file", result.Stderr);
        Assert.Equal("text\tlabel\nRockets hit the port.\tnegative\n", File.ReadAllText(data));
    }

    [Fact]
    public void ValidateDataCli_NearReportOverTheAliasTable_RefusedAndTheTableKept()
    {
        var data = _dir.File("test.tsv", "text\ttarget\tlabel\nRockets hit the port of Odesa.\tUkraine\tnone\n");
        var source = _dir.File("batch.tsv", "text\nRockets hit the port.\n");
        var aliases = _dir.File("aliases.tsv", "target\talias\nUkraine\tKyiv\n");

        var result = CliProcess.Run("validate-data", "--task", "stance", data, "--aliases", aliases, "--near-sources", source, "--near-report", aliases);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"is also the --aliases file", result.Stderr);
        Assert.Equal("target\talias\nUkraine\tKyiv\n", File.ReadAllText(aliases));
    }

    [Fact]
    public void ValidateDataCli_NearReportInsideASourceFolder_RefusedBeforeItIsWritten()
    {
        var data = _dir.File("test.tsv", "text\tlabel\nRockets hit the port.\tnegative\n");
        var sources = Directory.CreateDirectory(Path.Combine(_dir.Path, "sources")).FullName;
        File.WriteAllText(Path.Combine(sources, "batch.tsv"), "text\nRockets hit the port.\n");
        var report = Path.Combine(sources, "closest.tsv");

        var result = CliProcess.Run("validate-data", "--task", "sentiment", data, "--near-sources", sources, "--near-report", report);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is inside the --near-sources folder", result.Stderr);
        Assert.False(File.Exists(report));
    }
}
