namespace Classifier.Stance;

/// <summary>The checks on names: a name a caller adds (<see cref="Conflict"/>, for <see cref="With"/>) and a name that is an ordinary word (<see cref="OrdinaryWord"/>).</summary>
internal sealed partial class AliasTable
{
    /// <summary>
    /// Why <see cref="With"/> would refuse <paramref name="aliases"/> as names of <paramref name="target"/>: a message
    /// naming the first alias that already names another target of the table (with or without a leading "the"), or is a
    /// person the table reads as another target (<see cref="Representatives"/>; not when the target is that person:
    /// "Putin" for "Vladimir Putin", <see cref="IsOwnPerson"/>), or is refused by the rule every name of a
    /// model's table obeys (<see cref="NameTableRules.NameProblem"/>: empty, too long, an ordinary word), or null when none does.
    /// </summary>
    public string? Conflict(string target, IReadOnlyList<string> aliases)
    {
        var canonical = Resolve(target);
        foreach (var name in aliases)
        {
            // As a name, not a target: "Us" may name another target, though the target "us" is the United States.
            var owner = ResolveName(name);
            if (IsKnown(owner) && owner != canonical)
            {
                return $"'{name.Trim()}' already names '{owner}' in the model's alias table, so it cannot also name '{canonical}'; an alias names one target.";
            }

            if (!IsKnown(owner) && _targetByPerson.TryGetValue(Name(name), out var speaksFor) && speaksFor != canonical && !IsOwnPerson(canonical, name))
            {
                return $"'{name.Trim()}' is a person the model reads as speaking for '{speaksFor}', so it cannot also name '{canonical}'; an alias names one target.";
            }

            // Function words are WithAliases' to judge, naming the alias's place in its list.
            if (NameTableRules.NameProblem(name, canonical, functionWords: false) is { } word)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>
    /// Why <paramref name="name"/> may not be a name of <paramref name="canonical"/>, a target written as a name
    /// (<see cref="TargetContext.LooksLikeName"/>), or, with <paramref name="person"/>, the name of someone who speaks for it
    /// (<see cref="Representatives"/>): it has 3 letters or fewer and no capital ("us", "eu", "un", "xi"), so it matches in
    /// any case (<see cref="EntityPattern"/>: only short names in capitals match as written) and would find the ordinary
    /// word "us" in every text, even under <see cref="Features.FeaturizerSettings.NamesAsWritten"/>, which keeps a name
    /// written as the table writes it. Null when it may: a longer name, one with a capital, or a short name of a policy
    /// or issue, which is a word meant as one ("aid" for foreign aid, in the built-in table).
    /// </summary>
    /// <remarks>
    /// A short name with a capital but not all capitals ("Us", "Xi", "Lao", "BiH") is accepted though it too matches in any
    /// case: so do "Turkey" and "May", and what keeps any such name from matching the word is
    /// <see cref="Features.FeaturizerSettings.NamesAsWritten"/> (the default model's), under which "Us" is found only where a
    /// text writes it with a capital, while "us" is found as the table writes it, everywhere. Refusing "Us" by its shape
    /// would refuse "Xi" and "Lao" with it. (<see cref="StanceClassifier.WithAliases"/> and the CLI's <c>--alias</c> refuse
    /// "Us" on other grounds, as a function word found at every sentence opening "Us": <see cref="FunctionWords"/>; so do
    /// the training CLI's alias and representatives files, through <see cref="NameTableRules.NameProblem"/>.)
    /// </remarks>
    public static string? OrdinaryWord(string name, string canonical, bool person = false)
    {
        var (letters, upper) = WordRunes.CountLetters(name);

        if (!(letters is > 0 and <= 3 && upper == 0))
        {
            return null;
        }

        return person
            ? $"'{name}' has 3 letters or fewer and no capital, so as a person who speaks for '{canonical}' it would match the ordinary word '{name}' in every text; write the name with its capital ('{Capitalised(name)}')."
            : TargetContext.LooksLikeName(canonical)
            ? $"'{name}' has 3 letters or fewer and no capital, so as a name of '{canonical}' it would match the ordinary word '{name}' in every text; write it in capitals ('{name.ToUpperInvariant()}'), which match only as written."
            : null;
    }

    /// <summary>
    /// The name with its first letter, and each letter after a full stop, in capitals: "xi" as "Xi", "x.i." as "X.I."; a
    /// letter written as a surrogate pair (Deseret "𐐨") is one letter, read by <see cref="System.Text.Rune"/>.
    /// </summary>
    private static string Capitalised(string name)
    {
        var chars = name.ToCharArray();
        var first = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (WordRunes.IsLetterAt(chars, i) && (first || (i > 0 && chars[i - 1] == '.')))
            {
                System.Text.Rune.DecodeFromUtf16(chars.AsSpan(i), out var rune, out var length);
                var upper = System.Text.Rune.ToUpperInvariant(rune);
                if (upper.Utf16SequenceLength == length)
                {
                    upper.EncodeToUtf16(chars.AsSpan(i));
                }

                first = false;
                i += length - 1;
            }
        }

        return new string(chars);
    }
}
