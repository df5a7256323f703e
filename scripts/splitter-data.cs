#!/usr/bin/env -S dotnet run
#:project ../src/Classifier/Classifier.csproj
// Regression guard for SentenceSplitter on the labeled data: every distinct sentence of the `text` column of
// data/**/*.tsv must split as it did when scripts/splitter-data.expected.txt was written. That file lists the few data
// sentences that do not split into exactly one sentence (tab-separated: the text, then each sentence it splits into);
// every other one must split into one sentence, itself. A change to the splitter that moves any of them fails here.
// Run from the repository root:
//   dotnet run scripts/splitter-data.cs                 check (exit 1 on a difference, listing each)
//   dotnet run scripts/splitter-data.cs -- --help       this text
//   dotnet run scripts/splitter-data.cs -- --write      rewrite the expected file from the current splitter
//   dotnet run scripts/splitter-data.cs -- --dump FILE...   print the sentences of whole files (articles), one a line
//                                                         with its offsets, to diff the splitter's output before and after
//   dotnet run scripts/splitter-data.cs -- --glued FILE  glue each two consecutive sentences of a labeled file that split
//                                                         alone (the first ending in . ! or ?) with no space between, and
//                                                         count how many split back exactly (as scraped text glues them)
using Classifier.Articles;

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

const string Expected = "scripts/splitter-data.expected.txt";
if (!Directory.Exists("data"))
{
    Console.Error.WriteLine("error: run from the repository root (data not found)");
    return 2;
}

if (args.Length > 0 && args[0] == "--dump")
{
    foreach (var file in args.Skip(1))
    {
        Console.WriteLine($"== {file}");
        foreach (var s in SentenceSplitter.Split(File.ReadAllText(file)))
        {
            Console.WriteLine($"[{s.Start},{s.Length}] {s.Text.Replace("\n", "\\n")}");
        }
    }

    return 0;
}

if (args.Length == 2 && args[0] == "--glued")
{
    var rows = File.ReadAllText(args[1]).ReplaceLineEndings("\n").Split('\n');
    var textColumn = Array.IndexOf(rows[0].Split('\t'), "text");
    var sentences = rows.Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Split('\t')[textColumn]).ToList();
    int pairs = 0, back = 0;
    for (var i = 0; i + 1 < sentences.Count; i++)
    {
        var (a, b) = (sentences[i], sentences[i + 1]);
        if (SentenceSplitter.Split(a).Count != 1 || SentenceSplitter.Split(b).Count != 1 || !".!?".Contains(a[^1]))
        {
            continue;
        }

        pairs++;
        back += SentenceSplitter.Split(a + b).Select(s => s.Text).SequenceEqual([a, b]) ? 1 : 0;
    }

    Console.WriteLine($"{args[1]}: {pairs} glued pairs, {back} split back exactly");
    return 0;
}

var texts = new SortedSet<string>(StringComparer.Ordinal);
foreach (var file in Directory.GetFiles("data", "*.tsv", SearchOption.AllDirectories))
{
    var lines = File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n');
    var column = Array.IndexOf(lines[0].Split('\t'), "text");
    foreach (var line in column < 0 ? [] : lines.Skip(1).Where(l => l.Trim().Length > 0))
    {
        texts.Add(line.Split('\t')[column]);
    }
}

var actual = texts.Select(t => (Text: t, Sentences: SentenceSplitter.Split(t).Select(s => s.Text).ToArray()))
    .Where(r => r.Sentences.Length != 1 || r.Sentences[0] != r.Text)
    .Select(r => string.Join('\t', [r.Text, .. r.Sentences.Select(s => s.Replace("\n", "\\n"))]))
    .ToList();
if (args.Length > 0 && args[0] == "--write")
{
    File.WriteAllLines(Expected, actual);
    Console.WriteLine($"{Expected}: {actual.Count} of {texts.Count} distinct data sentences split into other than themselves");
    return 0;
}

var expected = File.ReadAllLines(Expected).Where(l => l.Length > 0).ToList();
var missing = expected.Except(actual).ToList();
var added = actual.Except(expected).ToList();
foreach (var line in missing)
{
    Console.WriteLine($"- {line}");
}

foreach (var line in added)
{
    Console.WriteLine($"+ {line}");
}

Console.WriteLine($"{texts.Count} distinct data sentences; {actual.Count} split into other than themselves ({expected.Count} expected); "
    + (missing.Count + added.Count == 0 ? "all split as before" : $"{missing.Count + added.Count} differences (- expected, + now)"));
return missing.Count + added.Count == 0 ? 0 : 1;
