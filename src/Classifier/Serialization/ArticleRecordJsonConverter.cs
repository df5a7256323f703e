using System.Text.Json;
using System.Text.Json.Serialization;
using Classifier.Articles;

namespace Classifier.Serialization;

/// <summary>
/// Writes the article records (<see cref="SentenceSpan"/>, <see cref="TargetStance"/>, <see cref="SentenceAnalysis"/>,
/// <see cref="TargetSummary"/>, <see cref="ArticleSummary"/>, <see cref="ArticleAnalysis"/>) as System.Text.Json writes
/// any record, an object of every public property named by the options' naming policy (the computed ones left out under
/// <see cref="JsonSerializerOptions.IgnoreReadOnlyProperties"/>; <see cref="JsonIgnoreCondition.WhenWritingDefault"/> is
/// not honoured, since reading needs every value the constructor takes), and reads them back (property
/// names in any case), checked as their constructors and <c>init</c> accessors check them: JSON no analysis would give
/// (a value out of range, a property missing, a computed property such as <see cref="SentenceSpan.End"/> that disagrees)
/// is a <see cref="JsonException"/> saying which property and value, never the records' own
/// <see cref="ArgumentException"/>. The records name it in a <see cref="JsonConverterAttribute"/>, so there is no need to
/// register it; it is public so that source-generated serialisers (trimmed or AOT apps) can use it too.
/// </summary>
/// <threadsafety>Instances hold no state and are safe to use from any number of threads.</threadsafety>
public sealed class ArticleRecordJsonConverter : JsonConverterFactory
{
    /// <summary>Whether <paramref name="typeToConvert"/> is one of the article records.</summary>
    /// <param name="typeToConvert">The type to convert.</param>
    /// <returns><see langword="true"/> for the article records.</returns>
    public override bool CanConvert(Type typeToConvert) => For(typeToConvert) is not null;

    /// <summary>The converter of one article record.</summary>
    /// <param name="typeToConvert">The record type.</param>
    /// <param name="options">The serialiser's options.</param>
    /// <returns>The converter, or <see langword="null"/> when <paramref name="typeToConvert"/> is no article record.</returns>
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) => For(typeToConvert);

    /// <summary>The shared converter of <paramref name="type"/>, or null when it is no article record.</summary>
    internal static JsonConverter? For(Type type) =>
        type == typeof(SentenceSpan) ? CheckedRecordJsonConverter<SentenceSpan>.Instance
        : type == typeof(TargetStance) ? CheckedRecordJsonConverter<TargetStance>.Instance
        : type == typeof(SentenceAnalysis) ? CheckedRecordJsonConverter<SentenceAnalysis>.Instance
        : type == typeof(TargetSummary) ? CheckedRecordJsonConverter<TargetSummary>.Instance
        : type == typeof(ArticleSummary) ? CheckedRecordJsonConverter<ArticleSummary>.Instance
        : type == typeof(ArticleAnalysis) ? CheckedRecordJsonConverter<ArticleAnalysis>.Instance
        : null;
}
