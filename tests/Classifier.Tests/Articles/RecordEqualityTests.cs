using System.Collections;
using System.Reflection;
using Classifier.Articles;
using Classifier.Serialization;

namespace Classifier.Tests.Articles;

/// <summary>
/// The article records' value equality (their hand-written <c>Equals</c> and <c>GetHashCode</c>, over RecordEquality) takes
/// every public property into account: found by reflection, so a property added to a record and forgotten in its
/// <c>Equals</c> fails here. For each settable property of each record, a copy with that property alone changed is unequal,
/// and a copy with it replaced by an equal value in a new instance (a copied list, dictionary or record) is equal, with the
/// same hash code.
/// </summary>
public sealed class RecordEqualityTests
{
    /// <summary>Properties computed from the others, with no setter of their own: each follows what it is computed from.</summary>
    private static readonly string[] Computed = ["SentenceSpan.Length", "SentenceSpan.End", "TargetStance.Label", "SentenceAnalysis.Text"];

    private static readonly SentimentResult Positive =
        new("positive", 0.7, new LabelProbabilities([new("negative", 0.1), new("neutral", 0.2), new("positive", 0.7)]));

    private static readonly SentimentResult Negative =
        new("negative", 0.6, new LabelProbabilities([new("negative", 0.6), new("neutral", 0.3), new("positive", 0.1)]));

    private static readonly SentenceSpan Span = new(10, 11, "Hello there");

    private static readonly SentenceSpan OtherSpan = new(30, 5, "Bye x");

    private static readonly TargetStance China = new("China", true, Stance("China", "favor"));

    private static readonly TargetStance Japan = new("Japan", true, Stance("Japan", "against"));

    private static readonly SentenceAnalysis First = new(0, Span, Positive, [China, new TargetStance("Japan", false, null)]) { IsBoilerplate = true, DatelineLength = 2 };

    private static readonly SentenceAnalysis Second = new(3, OtherSpan, Negative, [China, Japan]) { DatelineLength = 1 };

    private static readonly SentenceAnalysis Later = new(7, OtherSpan, Positive, [Japan]);

    private static readonly TargetSummary ChinaSummary = new("China", 2, Counts(("favor", 1), ("against", 1)),
        Means(("against", 0.3), ("none", 0.2), ("favor", 0.5)), "favor", First, Second);

    private static readonly TargetSummary JapanSummary = new("Japan", 1, Counts(("against", 1)), Means(("against", 0.6), ("none", 0.3), ("favor", 0.1)), "against", null, Second);

    private static readonly ArticleSummary Summary = new(2, Counts(("positive", 1), ("negative", 1)),
        Means(("negative", 0.35), ("neutral", 0.25), ("positive", 0.4)), "positive", [ChinaSummary, JapanSummary]) { BoilerplateSentences = 1 };

    private static readonly ArticleSummary OtherSummary = new(1, Counts(("negative", 1)), Means(("negative", 0.6), ("neutral", 0.3), ("positive", 0.1)), "negative", [JapanSummary]);

    /// <summary>One instance of every article record, every property set to a value other than its default.</summary>
    private static readonly object[] Records =
        [Span, China, First, ChinaSummary, Summary, new ArticleAnalysis([First, Second], Summary)];

    public static TheoryData<string> Properties()
    {
        var data = new TheoryData<string>();
        foreach (var record in Records)
        {
            foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                data.Add($"{record.GetType().Name}.{property.Name}");
            }
        }

        return data;
    }

    [Fact]
    public void Records_EveryArticleRecordType_HasASampleAndEveryPropertyIsSettableOrKnownComputed()
    {
        var converter = new ArticleRecordJsonConverter();
        var types = typeof(ArticleAnalysis).Assembly.GetExportedTypes().Where(converter.CanConvert).OrderBy(t => t.Name);
        var unsettable = Records.SelectMany(r => r.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => !p.CanWrite).Select(p => $"{r.GetType().Name}.{p.Name}"));

        Assert.Equal(types.Select(t => t.Name), Records.Select(r => r.GetType().Name).Order());
        Assert.Equal(Computed.Order(), unsettable.Order());
    }

    [Theory]
    [MemberData(nameof(Properties))]
    public void Equals_OnePropertyChanged_NotEqual(string name)
    {
        var (record, property) = Find(name);
        var changed = With(record, property, Different(property, property.GetValue(record)));

        Assert.False(record.Equals(changed), $"{name} changed, but Equals still says the records are equal: add it to Equals.");
        Assert.False(changed.Equals(record), $"{name} changed, but Equals still says the records are equal: add it to Equals.");
    }

    [Theory]
    [MemberData(nameof(Properties))]
    public void EqualsAndGetHashCode_OnePropertyReplacedByAnEqualCopy_EqualWithTheSameHash(string name)
    {
        var (record, property) = Find(name);
        var copy = With(record, property, EqualCopy(property.GetValue(record)));

        Assert.True(record.Equals(copy), $"{name} replaced by an equal value in a new instance, but Equals says the records differ: compare it by value.");
        Assert.True(record.GetHashCode() == copy.GetHashCode(), $"{name} replaced by an equal value, but GetHashCode differs: hash it by value, or leave it out.");
    }

    private static (object Record, PropertyInfo Property) Find(string name)
    {
        var record = Records.Single(r => r.GetType().Name == name.Split('.')[0]);
        return (record, record.GetType().GetProperty(name.Split('.')[1])!);
    }

    /// <summary>A copy of <paramref name="record"/> (its compiler-made clone) with <paramref name="property"/> set through its <c>init</c> accessor, as <see langword="with"/> does.</summary>
    private static object With(object record, PropertyInfo property, object? value)
    {
        var copy = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        property.SetValue(copy, value);
        return copy;
    }

    /// <summary>A value of <paramref name="property"/>'s type that the record accepts and that differs from <paramref name="value"/> in content, not only in count or reference.</summary>
    private static object? Different(PropertyInfo property, object? value) => value switch
    {
        int i => i + 1,
        bool b => !b,
        string s => new[] { s + "x", "against", "none", "favor", "negative", "neutral", "positive" }.First(c => c != s && Accepted(property, c)),
        SentimentResult r => r == Positive ? Negative : Positive,
        StanceResult r => r with { Target = r.Target + "x" },
        SentenceSpan r => r == Span ? OtherSpan : Span,
        SentenceAnalysis r => r == Later ? First : Later,
        ArticleSummary r => r == Summary ? OtherSummary : Summary,
        IReadOnlyDictionary<string, int> d => d.ToDictionary(kv => kv.Key, kv => kv.Key == d.Keys.First() ? kv.Value + 1 : kv.Value),
        IReadOnlyDictionary<string, double> d => d.ToDictionary(kv => kv.Key, kv => kv.Key == d.Keys.First() ? kv.Value / 2 : kv.Value),
        IReadOnlyList<TargetStance> l => l.SkipLast(1).Append(l[^1] == Japan ? China : Japan).ToArray(),
        IReadOnlyList<TargetSummary> l => l.SkipLast(1).Append(l[^1] == JapanSummary ? ChinaSummary : JapanSummary).ToArray(),
        IReadOnlyList<SentenceAnalysis> l => l.SkipLast(1).Append(Later).ToArray(),
        _ => throw new InvalidOperationException($"{property.DeclaringType!.Name}.{property.Name} is of a type this test cannot change ({property.PropertyType}): add a case to Different."),
    };

    private static bool Accepted(PropertyInfo property, string value)
    {
        try
        {
            With(Records.Single(r => r.GetType() == property.DeclaringType), property, value);
            return true;
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>A value equal to <paramref name="value"/> in a new instance: strings, lists, dictionaries and records copied.</summary>
    private static object? EqualCopy(object? value) => value switch
    {
        null => null,
        string s => new string(s.AsSpan()),
        IReadOnlyDictionary<string, int> d => new Dictionary<string, int>(d),
        IReadOnlyDictionary<string, double> d => new Dictionary<string, double>(d),
        IList l when value.GetType().IsGenericType || value.GetType().IsArray => CopyList(value),
        _ when value.GetType().GetMethod("<Clone>$") is { } clone => clone.Invoke(value, null),
        _ => value,
    };

    private static object CopyList(object list) => list switch
    {
        IReadOnlyList<TargetStance> l => l.ToArray(),
        IReadOnlyList<TargetSummary> l => l.ToArray(),
        IReadOnlyList<SentenceAnalysis> l => l.ToArray(),
        _ => throw new InvalidOperationException($"A list of {list.GetType()}: add a case to CopyList."),
    };

    private static Dictionary<string, int> Counts(params (string Key, int Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    private static Dictionary<string, double> Means(params (string Key, double Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    private static StanceResult Stance(string target, string label) => new(target, label, 0.6,
        new LabelProbabilities(new[] { "against", "none", "favor" }.Select(l => new KeyValuePair<string, double>(l, l == label ? 0.6 : 0.2))));
}
