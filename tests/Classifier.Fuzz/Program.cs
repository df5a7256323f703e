using Classifier.Fuzz;
using SharpFuzz;

// Usage: Classifier.Fuzz tsv|predict|model|entry            run under afl-fuzz (scripts/fuzz.sh), input on stdin
//        Classifier.Fuzz tsv|predict|model|entry FILE...    replay inputs (e.g. findings/crashes/*) and print what they throw
//        Classifier.Fuzz entry-seeds FOLDER                 write the entry target's seeds (needs CLASSIFIER_FUZZ_MODELS)
if (args is ["entry-seeds", var folder])
{
    EntryTarget.WriteSeeds(folder);
    return 0;
}

if (args.Length == 0 || !Targets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: Classifier.Fuzz {string.Join('|', Targets.All.Keys)} [FILE...]");
    return 1;
}

if (args.Length == 1)
{
    Fuzzer.Run(stream =>
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        target(memory.ToArray());
    });
    return 0;
}

var failures = 0;
foreach (var file in args.Skip(1))
{
    try
    {
        target(File.ReadAllBytes(file));
        Console.WriteLine($"{file}: ok");
    }
    catch (Exception ex)
    {
        failures++;
        Console.WriteLine($"{file}: {ex}");
    }
}

return failures == 0 ? 0 : 2;
