using System.Globalization;
using System.Text.Json;
using Classifier.Model;

namespace Classifier.Training.Cli;

/// <summary>Writes one scored item as a text line, a JSON line or a TSV row.</summary>
internal sealed class ResultWriter
{
    private readonly TextWriter _output;
    private readonly string _format;
    private readonly string[] _labels;
    private readonly bool _stance;

    public ResultWriter(TextWriter output, string format, ModelScorer scorer)
    {
        (_output, _format, _labels, _stance) = (output, format, scorer.Labels, scorer.IsStance);
        if (format == "tsv")
        {
            _output.WriteLine(string.Join('\t', new[] { "text" }.Concat(_stance ? ["target"] : []).Concat(["label", "confidence"]).Concat(_labels)));
        }
    }

    /// <summary>Sends what has been written on to the output, for a reader waiting on a live input's results.</summary>
    public void Flush() => _output.Flush();

    public void Write(InputItem item, string? target, double[] p)
    {
        target = LongTarget.Echo(target);
        var best = ResultFactory.ArgMax(p);
        switch (_format)
        {
            case "json":
                WriteJson(item, target, w =>
                {
                    w.WriteString("label", _labels[best]);
                    w.WriteNumber("confidence", Math.Round(p[best], 6));
                    w.WriteStartObject("probabilities");
                    for (var i = 0; i < _labels.Length; i++)
                    {
                        w.WriteNumber(_labels[i], Math.Round(p[i], 6));
                    }

                    w.WriteEndObject();
                });
                break;
            case "tsv":
                var fields = new[] { Clean(item.Text) }.Concat(_stance ? [Clean(target ?? string.Empty)] : [])
                    .Concat([_labels[best], F(p[best])]).Concat(p.Select(F));
                _output.WriteLine(string.Join('\t', fields));
                break;
            default:
                // Trimmed, so that an empty text leaves no line ending in spaces (the docs promise none).
                _output.WriteLine($"{_labels[best],-9} {F(p[best])}  {string.Join(" ", _labels.Select((l, i) => $"{l}={F(p[i])}"))}  {(_stance ? $"[{target}] " : "")}{item.Text}".TrimEnd(' '));
                break;
        }
    }

    /// <summary>
    /// An item that could not be scored: JSON gets <c>line</c> and <c>error</c> fields and no label; TSV empty label, confidence
    /// and probability fields; text a line "error     line N: reason  text". A target over the limit is written cut, as the
    /// error quotes it (<see cref="LongTarget.Echo"/>), in every format.
    /// </summary>
    public void WriteError(InputItem item, string? target, string error)
    {
        target = LongTarget.Echo(target);
        switch (_format)
        {
            case "json":
                WriteJson(item, target, w =>
                {
                    w.WriteNumber("line", item.Line);
                    w.WriteString("error", error);
                });
                break;
            case "tsv":
                var fields = new[] { Clean(item.Text) }.Concat(_stance ? [Clean(target ?? string.Empty)] : []).Concat(["", ""]).Concat(_labels.Select(_ => ""));
                _output.WriteLine(string.Join('\t', fields));
                break;
            default:
                _output.WriteLine($"{"error",-9} line {item.Line}: {error}  {item.Text}".TrimEnd(' '));
                break;
        }
    }

    /// <summary>One JSON line: the item's text (and target), then what <paramref name="body"/> writes.</summary>
    private void WriteJson(InputItem item, string? target, Action<Utf8JsonWriter> body) => CliJson.Line(_output, w =>
    {
        w.WriteString("text", item.Text);
        if (_stance)
        {
            w.WriteString("target", target);
        }

        body(w);
    });

    /// <summary>A TSV field: <paramref name="s"/> with its tabs and line breaks replaced by spaces, so that a row keeps its columns (shared by predict and uncertain).</summary>
    internal static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
