using System.Text.Encodings.Web;
using System.Text.Json;

namespace Classifier.Benchmarks;

/// <summary>The JSON the benchmark modes print: one line, with '+' and non-ASCII text left as they are.</summary>
internal static class BenchJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Line(object value) => JsonSerializer.Serialize(value, Options);
}
