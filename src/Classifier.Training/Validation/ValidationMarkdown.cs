using System.Globalization;
using System.Text;

namespace Classifier.Training.Validation;

/// <summary>The validation report as a Markdown table, for data/README.md.</summary>
internal static class ValidationMarkdown
{
    public static string Render(ValidationReport report)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"| {TaskLabels.Name(report.Task)} file | rows | sentences | labels | targets | vocabulary | words min/median/max | top 3-word opening | near-duplicate pairs |");
        sb.AppendLine("|---|---:|---:|---|---:|---:|---|---|---:|");
        foreach (var f in report.Files)
        {
            var labels = string.Join(", ", f.Labels.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Key} {DataValidator.Pct(l.Value / (double)f.Rows, 0)}")));
            var targets = f.Targets == 0 ? "-" : f.Targets.ToString(CultureInfo.InvariantCulture);
            sb.Append(string.Create(CultureInfo.InvariantCulture,
                $"| `{Path.GetFileName(f.Path)}` | {f.Rows:N0} | {f.Sentences:N0} | {labels} | {targets} | {f.Vocabulary:N0} | {f.MinWords}/{f.MedianWords}/{f.MaxWords} | {DataValidator.Pct(f.TopOpeningShare, 1)} | {f.NearDuplicatePairs} |"));
            sb.AppendLine();
        }

        if (report.PerTarget.Count > 0)
        {
            sb.AppendLine();
            var shares = string.Join(", ", report.Files.Select(f => string.Create(CultureInfo.InvariantCulture, $"`{Path.GetFileName(f.Path)}` {DataValidator.Pct(f.ContrastiveShare, 0)}")));
            sb.AppendLine(CultureInfo.InvariantCulture, $"{report.PerTarget.Count} targets; sentences with 2+ targets of different labels: {shares}.");
        }

        sb.AppendLine();
        sb.AppendLine(report.Passed ? "Validation passed." : $"Validation failed: {string.Join("; ", report.Failures)}.");
        return sb.ToString();
    }
}
