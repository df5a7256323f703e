using System.Runtime.InteropServices;
using Classifier.Stance;

namespace Classifier.Training.Validation;

/// <summary>A source sentence that shares two or more names with a labeled sentence: likely the same story told in other words.</summary>
/// <param name="Names">The names of the labeled sentence found in the source sentence, as the labeled sentence writes them ("Gabon", "African Union").</param>
/// <param name="Source">The source sentence.</param>
/// <param name="SourcePath">The source file.</param>
/// <param name="SourceLine">Its 1-based line (for plain text, the line its sentence starts on).</param>
internal sealed record NamesMatch(IReadOnlyList<string> Names, string Source, string SourcePath, int SourceLine);

/// <summary>
/// The names (proper nouns) source sentences share with a labeled sentence, for the story screen of
/// <c>validate-data --near-report</c>: writers who draw on real news recall the same events, which a copy screen
/// (word 3-grams, character 4-grams) does not see when the words differ ("Gabon was welcomed back into the African Union"
/// and "The African Union lifted Gabon's suspension").
/// </summary>
/// <remarks>
/// A word is a name when the sources write it with a capital inside a sentence more often than in lower case anywhere
/// (so "Gabon" is one at the start of a sentence too, and "Officials" is not), or it is written in capitals ("US",
/// "ECOWAS"); a function word (<see cref="FunctionWords"/>) written otherwise never is, nor a month or a day. A labeled sentence's names are its runs of consecutive name words ("African Union"
/// is one name); a run is found in a source sentence when one of its words is. Words found in more than
/// <see cref="MaxNameFrequency"/> source sentences ("China", "US") say nothing of one story and are not looked up, and
/// two names that more than <see cref="MaxSharing"/> source sentences share with a sentence are a common pairing. Meant for
/// a batch against a file of a few hundred sentences; against a large public set few sentences are reported.
/// Not thread-safe: sentences are added, then looked up.
/// </remarks>
internal sealed class SharedNames
{
    /// <summary>The most source sentences a name word may be in and still be looked up.</summary>
    public const int MaxNameFrequency = 200;

    /// <summary>The fewest names a source sentence must share to be reported.</summary>
    public const int MinShared = 2;

    /// <summary>
    /// The most source sentences that may share <see cref="MinShared"/> names with a sentence for one sharing only that many
    /// to be reported: two names more share are a common pairing ("Britain" and "France" in a large public set), not one story.
    /// </summary>
    public const int MaxSharing = 3;

    /// <summary>Months and days: written with a capital, but they name a date, not a story.</summary>
    private static readonly HashSet<string> Dates = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    private readonly List<string[]> _capitalised = [];
    private readonly Dictionary<string, int> _inside = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lower = new(StringComparer.Ordinal);
    private Dictionary<string, int[]>? _postings;

    /// <summary>Adds the next source sentence (numbered in the order added, from 0).</summary>
    public void Add(string text)
    {
        var words = Words(text);
        var capitalised = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Text;
            if (char.IsUpper(w[0]))
            {
                capitalised.Add(w);
                if (i > 0)
                {
                    _inside[w] = _inside.GetValueOrDefault(w) + 1;
                }
            }
            else if (char.IsLower(w[0]))
            {
                _lower[w] = _lower.GetValueOrDefault(w) + 1;
            }
        }

        _capitalised.Add([.. capitalised.Distinct(StringComparer.Ordinal)]);
        _postings = null;
    }

    /// <summary>
    /// The source sentence (its number in the order added) sharing the most names with <paramref name="text"/>, at least
    /// <see cref="MinShared"/>, with the names shared; of two sharing as many, the first added. A name counts once for a
    /// source sentence however often, or in whatever order, the text writes it in full and in short ("the African Union
    /// ... the Union" and "the Union ... the African Union" are one). Null when none shares
    /// two, or when the best shares exactly <see cref="MinShared"/> and more than <see cref="MaxSharing"/> source sentences
    /// share that many (a common pairing); a source sharing more names is always given.
    /// </summary>
    public (int Sentence, IReadOnlyList<string> Names)? Find(string text)
    {
        var postings = _postings ??= Index();
        // Each source sentence holding a word of a name, with the names it holds and the words of each it holds.
        var hits = new Dictionary<int, List<(string Name, List<string> Words)>>();
        foreach (var run in Runs(text))
        {
            var found = new Dictionary<int, List<string>>();
            foreach (var word in run.Words)
            {
                if (postings.TryGetValue(word, out var list))
                {
                    foreach (var j in list)
                    {
                        (CollectionsMarshal.GetValueRefOrAddDefault(found, j, out _) ??= []).Add(word);
                    }
                }
            }

            foreach (var (j, words) in found)
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(hits, j, out _) ??= []).Add((run.Text, words));
            }
        }

        var sharing = hits.Select(h => (Sentence: h.Key, Names: Distinct(h.Value))).Where(h => h.Names.Count >= MinShared).ToList();
        var best = sharing.OrderByDescending(h => h.Names.Count).ThenBy(h => h.Sentence).FirstOrDefault();
        if (best.Names is null || (best.Names.Count == MinShared && sharing.Count > MaxSharing))
        {
            // Two names many source sentences share with it ("Britain" and "France") are a common pairing, not one story.
            return null;
        }

        return (best.Sentence, best.Names);
    }

    /// <summary>
    /// The names a source sentence shares, each once: a name whose matched words the names matching more words already
    /// matched is one of them written again or in short ("the Union ... the African Union", in either order). In the
    /// order the text writes them.
    /// </summary>
    private static List<string> Distinct(List<(string Name, List<string> Words)> names)
    {
        var kept = new List<int>();
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in Enumerable.Range(0, names.Count).OrderByDescending(i => names[i].Words.Count))
        {
            if (!names[i].Words.TrueForAll(words.Contains))
            {
                kept.Add(i);
                words.UnionWith(names[i].Words);
            }
        }

        kept.Sort();
        return [.. kept.Select(i => names[i].Name)];
    }

    /// <summary>
    /// Whether the sources read <paramref name="word"/>, written with a capital, as a name: a word of two or more letters
    /// all in capitals is one ("US", "WHO", "ECOWAS": an abbreviation, whatever the lower-case word); another when the
    /// sources write it with a capital inside a sentence more often than in lower case, unless it is a function word; a
    /// month or a day never is.
    /// </summary>
    internal bool IsName(string word) =>
        !Dates.Contains(word)
        && (word.Count(char.IsLetter) >= 2 && word.All(c => !char.IsLower(c))
            || (!FunctionWords.Contains(word.ToLowerInvariant()) && _inside.GetValueOrDefault(word) > _lower.GetValueOrDefault(word.ToLowerInvariant())));

    /// <summary>The runs of consecutive name words of <paramref name="text"/> (separated by white space only), each with its words and its text.</summary>
    internal IEnumerable<(string Text, List<string> Words)> Runs(string text)
    {
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (!char.IsUpper(words[i].Text[0]) || !IsName(words[i].Text))
            {
                continue;
            }

            var run = new List<string> { words[i].Text };
            var end = words[i].End;
            while (i + 1 < words.Count && char.IsUpper(words[i + 1].Text[0]) && IsName(words[i + 1].Text)
                   && string.IsNullOrWhiteSpace(text[end..words[i + 1].Start]))
            {
                i++;
                run.Add(words[i].Text);
                end = words[i].End;
            }

            yield return (string.Join(' ', run), run);
        }
    }

    private Dictionary<string, int[]> Index()
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < _capitalised.Count; j++)
        {
            foreach (var w in _capitalised[j])
            {
                if (IsName(w))
                {
                    (CollectionsMarshal.GetValueRefOrAddDefault(postings, w, out _) ??= []).Add(j);
                }
            }
        }

        return postings.Where(p => p.Value.Count <= MaxNameFrequency).ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The runs of letters and digits of <paramref name="text"/> that start with a letter, with their offsets ("Gabon's" gives "Gabon" and "s").</summary>
    private static List<(string Text, int Start, int End)> Words(string text)
    {
        var words = new List<(string, int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (char.IsLetter(text[start]))
            {
                words.Add((text[start..i], start, i));
            }
        }

        return words;
    }
}
