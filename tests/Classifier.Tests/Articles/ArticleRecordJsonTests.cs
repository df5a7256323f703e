using System.Text.Json;
using Classifier.Articles;

namespace Classifier.Tests.Articles;

/// <summary>
/// The article records through System.Text.Json: written as its default contract writes a record, read back equal, and
/// JSON no analysis could give refused with a <see cref="JsonException"/> naming the property and the value (not the
/// records' own <see cref="ArgumentException"/>).
/// </summary>
public sealed class ArticleRecordJsonTests
{
    private static readonly SentimentResult Positive =
        new("positive", 0.7, new LabelProbabilities([new("negative", 0.1), new("neutral", 0.2), new("positive", 0.7)]));

    private static readonly StanceResult Favor =
        new("China", "favor", 0.6, new LabelProbabilities([new("against", 0.1), new("none", 0.3), new("favor", 0.6)]));

    private static ArticleAnalysis Analysis()
    {
        var sentence = new SentenceAnalysis(0, new SentenceSpan(10, 5, "Hello"), Positive, [new("China", true, Favor), new("Japan", false, null)])
        {
            IsBoilerplate = false,
            DatelineLength = 2,
        };
        var china = new TargetSummary("China", 1, new Dictionary<string, int> { ["favor"] = 1 },
            new Dictionary<string, double> { ["against"] = 0.1, ["none"] = 0.3, ["favor"] = 0.6 }, "favor", sentence, null);
        var summary = new ArticleSummary(1, new Dictionary<string, int> { ["positive"] = 1 },
            new Dictionary<string, double> { ["negative"] = 0.1, ["neutral"] = 0.2, ["positive"] = 0.7 }, "positive", [china]) { BoilerplateSentences = 3 };
        return new ArticleAnalysis([sentence], summary);
    }

    [Fact]
    public void Serialize_SentenceSpanAndTargetStance_WritesEveryPublicPropertyAsTheDefaultContractDoes()
    {
        Assert.Equal("""{"Start":10,"Text":"Hello","Length":5,"End":15}""", JsonSerializer.Serialize(new SentenceSpan(10, 5, "Hello")));
        Assert.Equal("""{"Mentioned":false,"Target":"Japan","Result":null,"Label":"none"}""", JsonSerializer.Serialize(new TargetStance("Japan", false, null)));
    }

    [Fact]
    public void Serialize_IgnoreReadOnlyProperties_LeavesOutTheComputedOnesAndReadsBackEqual()
    {
        var options = new JsonSerializerOptions { IgnoreReadOnlyProperties = true };
        Assert.Equal("""{"Start":10,"Text":"Hello","Length":5}""", JsonSerializer.Serialize(new SentenceSpan(10, 5, "Hello"), options));
        Assert.Equal("""{"Mentioned":false,"Target":"Japan","Result":null}""", JsonSerializer.Serialize(new TargetStance("Japan", false, null), options));
        var json = JsonSerializer.Serialize(Analysis(), options);
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<ArticleAnalysis>(json, options), options));
    }

    [Fact]
    public void Serialize_NumbersWrittenAsStrings_WritesWholeNumbersAsStringsAsTheDefaultContractDoes()
    {
        var options = new JsonSerializerOptions { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.WriteAsString };

        Assert.Equal("""{"Start":"10","Text":"Hello","Length":"5","End":"15"}""", JsonSerializer.Serialize(new SentenceSpan(10, 5, "Hello"), options));
        Assert.Contains("\"SentimentCounts\":{\"positive\":\"1\"}", JsonSerializer.Serialize(Analysis().Summary, options), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_WebOptionsWithWholeNumbersInStrings_ReadsThemAsTheDefaultContractDoes()
    {
        // The web defaults allow reading numbers from strings, for whole numbers as for the others.
        var json = JsonSerializer.Serialize(Analysis(), JsonSerializerOptions.Web)
            .Replace("\"start\":10", "\"start\":\"10\"", StringComparison.Ordinal)
            .Replace("\"favor\":1}", "\"favor\":\"1\"}", StringComparison.Ordinal);

        var read = JsonSerializer.Deserialize<ArticleAnalysis>(json, JsonSerializerOptions.Web)!;

        Assert.Equal(10, read.Sentences[0].Span.Start);
        Assert.Equal(1, read.Summary.Targets[0].Counts["favor"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Deserialize_SerializedAnalysis_ReadsBackTheSameValues(bool web)
    {
        var options = web ? JsonSerializerOptions.Web : JsonSerializerOptions.Default;
        var json = JsonSerializer.Serialize(Analysis(), options);

        var read = JsonSerializer.Deserialize<ArticleAnalysis>(json, options)!;

        Assert.Equal(json, JsonSerializer.Serialize(read, options));
        Assert.Equal(new SentenceSpan(10, 5, "Hello"), read.Sentences[0].Span);
        Assert.Equal(2, read.Sentences[0].DatelineLength);
        Assert.Equal(3, read.Summary.BoilerplateSentences);
        Assert.Equal(Favor, read.Summary.Targets[0].MostFavorable!.Stance[0].Result);
        Assert.Null(read.Sentences[0].Stance[1].Result);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Deserialize_SerializedAnalysis_ReadsBackEqualToTheOriginal(bool web)
    {
        // The README's promise: the records read back equal, as a SentimentResult or an Explanation does, not only with
        // the same values; record equality alone compares their lists and dictionaries by reference.
        var options = web ? JsonSerializerOptions.Web : JsonSerializerOptions.Default;
        var analysis = Analysis();

        var read = JsonSerializer.Deserialize<ArticleAnalysis>(JsonSerializer.Serialize(analysis, options), options)!;

        Assert.Equal(analysis.Sentences[0], read.Sentences[0]);
        Assert.Equal(analysis.Summary.Targets[0], read.Summary.Targets[0]);
        Assert.Equal(analysis.Summary, read.Summary);
        Assert.Equal(analysis, read);
        Assert.True(analysis == read);
        Assert.Equal(analysis.GetHashCode(), read.GetHashCode());
        Assert.Equal(analysis.Summary.GetHashCode(), read.Summary.GetHashCode());
    }

    [Fact]
    public void Equals_AnalysesDifferingInOneNestedValue_AreNotEqual()
    {
        var analysis = Analysis();
        var sentence = analysis.Sentences[0];
        var target = analysis.Summary.Targets[0];

        Assert.NotEqual(analysis, analysis with { Sentences = [sentence with { DatelineLength = 1 }] });
        Assert.NotEqual(sentence, sentence with { Stance = [sentence.Stance[0]] });
        Assert.NotEqual(target, target with { Counts = new Dictionary<string, int> { ["favor"] = 2 } });
        Assert.NotEqual(target, target with { Counts = new Dictionary<string, int> { ["none"] = 1 } });
        Assert.NotEqual(target, target with { MostFavorable = null });
        Assert.NotEqual(analysis.Summary, analysis.Summary with { BoilerplateSentences = 0 });
        Assert.NotEqual(analysis.Summary, analysis.Summary with { Targets = [] });
    }

    [Theory]
    [InlineData("""{"Start":0,"Text":"ab"}""", "Cannot read JSON as SentenceSpan: it has no 'Length'.")]
    [InlineData("""{"Start":0,"Length":3,"Text":"ab"}""", "Cannot read JSON as SentenceSpan: Length is 3, but Text is 2 characters long; Length is the length of Text.")]
    [InlineData("""{"Start":-1,"Length":2,"Text":"ab"}""", "Cannot read JSON as SentenceSpan: Start is -1; it must be 0 or more.")]
    [InlineData("""{"Start":0,"Length":2}""", "Cannot read JSON as SentenceSpan: it has no 'Text'.")]
    [InlineData("""{"Start":0,"Length":2,"Text":null}""", "Cannot read JSON as SentenceSpan: 'Text' must be a string, not null.")]
    [InlineData("""{"Start":"0","Length":2,"Text":"ab"}""", "Cannot read JSON as SentenceSpan: 'Start' must be a whole number, not a string.")]
    [InlineData("""{"Start":1,"Length":2,"Text":"ab","End":2}""", "Cannot read JSON as SentenceSpan: 'End' is 2, but the other values give 3; leave it out or make it agree.")]
    [InlineData("""[1, 2]""", "Cannot read JSON as SentenceSpan: expected a JSON object, found an array.")]
    public void Deserialize_BadSentenceSpan_ThrowsJsonExceptionNamingThePropertyAndValue(string json, string message)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SentenceSpan>(json));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Deserialize_AnyValueInAnyPlaceOrAPropertyLeftOut_ThrowsNothingButJsonException()
    {
        // Every property and element of a written analysis, in turn, given each of these values or left out.
        string[] values = ["null", "\"x\"", "\" \"", "1e400", "-1", "2147483648", "1.5", "[]", "{}", "true", "[null]", "[{}]", "{\"favor\":null}", "{\"favor\":-1}", "\"a\\nb\""];
        var json = JsonSerializer.Serialize(Analysis());
        var slots = Slots(System.Text.Json.Nodes.JsonNode.Parse(json)!).Count();
        var others = new List<string>();
        for (var s = 0; s < slots; s++)
        {
            foreach (var value in values.Append(null))
            {
                var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
                var (parent, name, index) = Slots(node).ElementAt(s);
                if (value is not null)
                {
                    _ = name is null ? parent[index] = System.Text.Json.Nodes.JsonNode.Parse(value) : parent[name] = System.Text.Json.Nodes.JsonNode.Parse(value);
                }
                else if (name is not null)
                {
                    parent.AsObject().Remove(name);
                }

                try
                {
                    JsonSerializer.Deserialize<ArticleAnalysis>(node.ToJsonString());
                }
                catch (JsonException)
                {
                    // As it should be.
                }
                catch (Exception e)
                {
                    others.Add($"{name ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture)} = {value ?? "(left out)"}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        Assert.Empty(others);
    }

    private static IEnumerable<(System.Text.Json.Nodes.JsonNode Parent, string? Name, int Index)> Slots(System.Text.Json.Nodes.JsonNode node)
    {
        var children = node switch
        {
            System.Text.Json.Nodes.JsonObject o => o.Select(p => (Name: (string?)p.Key, Index: -1, Child: p.Value)).ToList(),
            System.Text.Json.Nodes.JsonArray a => a.Select((c, i) => (Name: (string?)null, Index: i, Child: c)).ToList(),
            _ => [],
        };
        foreach (var (name, index, child) in children)
        {
            yield return (node, name, index);
            if (child is not null)
            {
                foreach (var slot in Slots(child))
                {
                    yield return slot;
                }
            }
        }
    }

    [Theory]
    [InlineData("/Summary/OverallSentiment", "\"negative\"",
        "Cannot read JSON as ArticleSummary: OverallSentiment is 'negative' (mean 0.1), but 'neutral' has a higher mean (0.2); it must be the label with the highest mean.")]
    [InlineData("/Summary/Targets/0/Counts", """{"maybe":1}""",
        "Cannot read JSON as TargetSummary: Counts has the key 'maybe'; its keys must be labels: against, none, favor.")]
    [InlineData("/Sentences/0/Stance/0/Result", "null",
        "Cannot read JSON as TargetStance: Result is null, but Mentioned is true; a sentence that names the target is always scored.")]
    [InlineData("/Sentences/0/Stance/0/Mentioned", "\"yes\"", "Cannot read JSON as TargetStance: 'Mentioned' must be true or false, not a string.")]
    [InlineData("/Sentences/0/DatelineLength", "9", "Cannot read JSON as SentenceAnalysis: DatelineLength is 9; it must be from 0 to the sentence's length, 5.")]
    [InlineData("/Sentences/0/Index", "-2", "Cannot read JSON as SentenceAnalysis: Index is -2; it must be 0 or more.")]
    [InlineData("/Sentences/0/Span/Length", "4", "Cannot read JSON as SentenceSpan: Length is 4, but Text is 5 characters long; Length is the length of Text.")]
    [InlineData("/Summary/BoilerplateSentences", "-1", "Cannot read JSON as ArticleSummary: BoilerplateSentences is -1; it must be 0 or more.")]
    [InlineData("/Summary/Targets/0/Counts", """{"may\nbe":1}""",
        "Cannot read JSON as TargetSummary: Counts has the key 'may\nbe'; its keys must be labels: against, none, favor.")]
    [InlineData("/Sentences/0/Stance/0/Target", "\"Chi\\nna\"",
        "Cannot read JSON as TargetStance: Result is the stance toward 'China', not toward Target 'Chi\nna'.")]
    public void Deserialize_AnalysisWithABadValue_ThrowsJsonExceptionNamingTheRecordPropertyAndValue(string pointer, string value, string message)
    {
        var node = JsonSerializer.SerializeToNode(Analysis())!;
        var parts = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = parts[..^1].Aggregate(node, (n, p) => int.TryParse(p, out var i) ? n[i]! : n[p]!);
        parent[parts[^1]] = System.Text.Json.Nodes.JsonNode.Parse(value);

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ArticleAnalysis>(node.ToJsonString()));

        Assert.Equal(message, error.Message);
    }
}
