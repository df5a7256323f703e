#!/usr/bin/env -S dotnet run
#:project ../src/Classifier/Classifier.csproj
// How often a stance model answers other than none toward a name a sentence only partly matches (a word starting with
// the first five letters of one of the name's words of five or more letters, as the featurizer's partial mentions),
// against a control: the same sentences toward a name drawn at random that they do not name. Sentences: the `text`
// column of data/sentiment/test*.tsv; names: the model's two-word (or longer) canonical targets that start with a
// capital. Deterministic. Then the lower-case "the north"/"the south" probe (below). Run from the repository root:
//   dotnet run scripts/partial-probe.cs [-- MODEL.zip]      (default: the embedded stance model; -- --help: this text)
using System.Text.RegularExpressions;
using Classifier;

if (args.Length > 0 && args[0] is "-h" or "--help")
{
    // The opening comment, which is the usage (dotnet run passes arguments after "--": dotnet run SCRIPT -- --help).
    var script = AppContext.GetData("EntryPointFilePath") as string ?? "SCRIPT";
    foreach (var line in File.ReadLines(script).SkipWhile(l => l.StartsWith("#", StringComparison.Ordinal)).TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)))
    {
        Console.WriteLine(line.Length > 2 ? line[3..] : string.Empty);
    }

    return 0;
}

if (!Directory.Exists("data/sentiment"))
{
    Console.Error.WriteLine("error: run from the repository root (data/sentiment not found)");
    return 2;
}

var stance = args.Length > 0 ? StanceClassifier.Load(args[0]) : StanceClassifier.LoadDefault();
var texts = Directory.GetFiles("data/sentiment", "test*.tsv").Order(StringComparer.Ordinal)
    .SelectMany(f => File.ReadLines(f).Skip(1).Select(l => l.Split('\t')[0])).Distinct().ToArray();
var names = stance.Info.Aliases.Keys.Where(k => char.IsUpper(k[0]) && k.Contains(' ')).Order(StringComparer.Ordinal).ToArray();
var random = new Random(1);
int partial = 0, notNone = 0, control = 0, controlNotNone = 0;
foreach (var text in texts)
{
    var lower = text.ToLowerInvariant();
    foreach (var name in names)
    {
        if (stance.FindMentions(text, name).Count > 0
            || !name.Split(' ').Where(w => w.Length >= 5).Any(w => Regex.IsMatch(lower, @"(?<!\w)" + Regex.Escape(w.ToLowerInvariant()[..5]))))
        {
            continue;
        }

        partial++;
        notNone += stance.Predict(text, name).Label != "none" ? 1 : 0;
        var other = names[random.Next(names.Length)];
        if (stance.FindMentions(text, other).Count == 0)
        {
            control++;
            controlNotNone += stance.Predict(text, other).Label != "none" ? 1 : 0;
        }
    }
}

Console.WriteLine($"partly matched pairs {partial:N0}: not none {notNone:N0} ({100.0 * notNone / Math.Max(1, partial):0.0}%); " +
    $"control pairs {control:N0}: not none {controlNotNone:N0} ({100.0 * controlNotNone / Math.Max(1, control):0.0}%)");

// The second probe: sentences of every data/sentiment file with "the north" or "the south" in lower case and no capitalised
// North or South (a region, not a Korea), scored toward North Korea and South Korea.
var regional = Directory.GetFiles("data/sentiment", "*.tsv").Order(StringComparer.Ordinal)
    .SelectMany(f => File.ReadLines(f).Skip(1).Select(l => l.Split('\t')[0]))
    .Where(t => Regex.IsMatch(t, @"\bthe (north|south)\b") && !Regex.IsMatch(t, @"North|South")).Distinct().ToArray();
var korea = regional.SelectMany(t => new[] { stance.Predict(t, "North Korea"), stance.Predict(t, "South Korea") }).ToArray();
Console.WriteLine($"lower-case north/south: {regional.Length} sentences, {korea.Length} pairs toward the Koreas: not none " +
    $"{korea.Count(r => r.Label != "none")}, mean probability of none {korea.Average(r => r.Probabilities["none"]):0.000}");
return 0;
