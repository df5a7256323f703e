using System.Text.RegularExpressions;

namespace Classifier.Articles;

/// <summary>
/// Tells web-page furniture from article prose, for text copied or scraped from a news page: cookie and consent
/// notices ("Our site relies on cookies to tailor what you see."), subscription and sign-up prompts, share and
/// follow buttons, copyright lines, one-word controls ("Accept", "Advertisement"), bylines, wire credits
/// ("(Reporting by ...; Editing by ...)"), photo labels, links to other stories ("READ MORE: ...") and time stamps.
/// </summary>
/// <remarks>
/// A sentence is furniture when it is one of the controls on its own, a copyright line, a byline, a credit, a photo
/// label, a link to another story or a time stamp, or a short sentence (at most
/// <see cref="MaxWords"/> words, no double quotes, no reporting clause such as ", the bank said" or "according to the
/// regulator") that both speaks to
/// the reader ("you", "your", "our", "this site") and names a page feature (cookies, opting out, privacy policy, terms of
/// use, newsletter, subscribing, signing up or in, JavaScript, the browser, ad blockers, notifications, sharing,
/// following). So a news sentence about cookie rules ("Regulators fined the retailer for setting advertising cookies
/// without consent."), a quoted appeal ("“You can subscribe to our vision or not,” the minister said.") or reported
/// speech ("Our newsletters to investors, the central bank said, would stop.") stays prose.
/// </remarks>
internal static partial class Boilerplate
{
    /// <summary>Longer sentences are never taken for furniture by the reader-and-feature rule.</summary>
    public const int MaxWords = 40;

    /// <summary>Whether <paramref name="sentence"/> looks like page furniture rather than article prose, read as the models read text (without its invisible format characters, "Ac&#xAD;cept", and with its accents composed: <see cref="Features.ReadingForm"/>).</summary>
    public static bool IsBoilerplate(string sentence)
    {
        var text = Spaced(Features.ReadingForm.Of(sentence, int.MaxValue)).Trim();
        if (text.Length == 0)
        {
            return false;
        }

        if (IsPageLine(text))
        {
            return true;
        }

        return !text.Contains('"') && !text.Contains('\u201C') && !text.Contains('\u201D')
            && Words().Count(text) <= MaxWords && Reader().IsMatch(text) && PageFeature().IsMatch(text) && !Attribution().IsMatch(text);
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> is a line of a page's own by its form alone: a control, a copyright line, a
    /// credit, a photo label, a link to another story, a time stamp or a byline (not the reader-and-feature rule, which
    /// a fragment of prose can meet).
    /// </summary>
    public static bool IsPageLine(string sentence)
    {
        var text = Spaced(sentence).Trim();
        return Control().IsMatch(text) || Copyright().IsMatch(text) || Credit().IsMatch(text) || Byline().IsMatch(text) || Sharing().IsMatch(text);
    }

    /// <summary>
    /// <paramref name="text"/> with its space separators other than the space (a no-break space U+00A0, U+202F, U+2007, a
    /// thin or ideographic space, as scraped pages write them: "By&#xA0;Jane&#xA0;Smith") written as spaces, since the
    /// patterns below spell their spaces as spaces; the same instance when it has none.
    /// </summary>
    private static string Spaced(string text)
    {
        var at = 0;
        while (at < text.Length && !IsOtherSpace(text[at]))
        {
            at++;
        }

        return at == text.Length ? text : string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = IsOtherSpace(source[i]) ? ' ' : source[i];
            }
        });
    }

    private static bool IsOtherSpace(char c) => c > ' ' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator;

    /// <summary>A control or label on a line of its own.</summary>
    [GeneratedRegex(@"^(accept( all)?( cookies)?( (and|to) continue( reading)?)?|reject( all)?( cookies)?|continue (without (accepting|agreeing)|reading)|decline|agree|i agree|ok|got it|dismiss|close|menu|advertisement|sponsored( content)?|share( this( article| story)?)?|tweet|email|print|read more|read next|more stories|related( articles| stories| coverage)?|comments?|subscribe( now)?|sign up|sign in|log in|skip to (main )?content|back to top|cookie (settings|preferences|policy)|(manage|change|update) (cookie |privacy )?(cookies|preferences|settings|choices|options))\s*[.!:»›>]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Control();

    /// <summary>
    /// A copyright line: one that opens with the sign or "Copyright 2026", ends with "All rights reserved", or has "All
    /// rights reserved" beside the sign, the word or an opening year ("Example Media © 2026 All Rights Reserved Powered
    /// by...", "2026 Example Media - All rights reserved - Contact us"). The phrase counts only with its capital, as page
    /// footers write it, or at the end after a comma or a dash ("Example Media Group, all rights reserved"): "...keep all
    /// rights reserved under the 1976 act" and "...would keep all rights reserved." are prose.
    /// </summary>
    [GeneratedRegex(@"^(©|\(c\)\s|copyright\s+(©\s*)?\d{4})|(?-i:\bAll [Rr]ights [Rr]eserved)\W*$|(^|[,.;:|©\-\u2013\u2014]\s*)all rights reserved\W*$|^(?=.*(©|\bcopyright\b|^\d{4}\b)).*(?-i:\bAll [Rr]ights [Rr]eserved\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    /// <summary>
    /// Wire credits, photo labels, links to other stories and time stamps: "(Reporting by A; Editing by B)", "FILE PHOTO: ...",
    /// "READ MORE: ...", "Updated 3 hours ago".
    /// </summary>
    [GeneratedRegex(@"^[(\[]?((additional )?reporting|writing|editing|compiled|translated) by\b|^(file )?photo:|^(read more|read also|also read|read next|see also|related( articles?| stories| coverage)?|more on this( story)?|recommended)\s*[:|»›>]|^image (source|caption):|^(updated|published|posted|last updated)(:| on)?\s+(\d|(mon|tues|wednes|thurs|fri|satur|sun)day|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)(?:[^.]|(?<=\b(?:[ap]|[ap]\.m|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\.){0,50}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    /// <summary>
    /// A byline on its own: "By Jane Smith", "By Jane Smith and Lee Min-ji", "By J.K. Lee Jr." (names capitalised; a full
    /// stop at the end only after an initial or a short suffix, so "By Christmas Eve." is prose).
    /// </summary>
    [GeneratedRegex(@"^[Bb]y \p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+){1,3}(( and|,) \p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+){1,3})*(?<!\p{L}{3}\.)" +
        @"(,( [\p{L}'’.-]+){0,3} (correspondent|reporter|editor|writer|columnist|contributor|bureau chief|staff)s?| in \p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    /// <summary>
    /// A share or follow prompt ("Share this article on Facebook, X or LinkedIn.", "Follow us on Instagram"), which need not
    /// speak to the reader as "you": "this" article, and nothing after it but the platforms, so that "Share the video with
    /// police, officers urged." and "Post the video on social media, police urged residents." stay prose.
    /// </summary>
    [GeneratedRegex(@"^((share|tweet|post|email) this (article|story|page|post|video)|follow us)( (on|via) " + Platforms + "((, | or | and |, or |, and )" + Platforms + @")*)?[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sharing();

    private const string Platforms = "(facebook|x|twitter|linkedin|whatsapp|reddit|telegram|email|e-mail|bluesky|threads|instagram|tiktok|youtube|mastodon|flipboard|pinterest|messenger)";

    [GeneratedRegex(@"\b(you|your|you're|you’re|you'll|you’ll|we'll|we’ll|our|this (web)?site)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reader();

    [GeneratedRegex(@"\b(cookies?|opt[- ]?out|privacy (policy|notice|settings)|terms (of|and) (use|service|conditions)|newsletters?|subscrib(e|ers?|ing|ption)|sign(ing)? up|sign in(?! (a|an|the|this|that|his|her|its|their|our)\b)|log(ging)? ?in|javascript|(your|this) browser|ad ?blockers?|notifications|share this|follow us)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageFeature();

    /// <summary>
    /// A reporting clause of news prose, which page furniture does not have: a speaker set off by a comma before or after
    /// its verb (", the central bank said", ", the watchdog told parliament", ", said the minister"; not the page's own
    /// "we", "you" or "our": ", and you told us") or "according to" a
    /// source other than the page ("according to the regulator", not "according to our privacy policy"). Page wording
    /// with the same verbs stays furniture: "as stated in our Cookie Policy", "to be told first", "what leaders said today".
    /// </summary>
    [GeneratedRegex(@",\s*(?:(?:the|a|an)\s+)?(?:(?!(?:we|you|our|your|us|i)\b)[\p{L}'’.-]+\s+){0,3}?(?:said|says|told|added)\b|,\s*(?:said|says|added)\s+(?!(?:we|you|our|your)\b)\p{L}|\baccording to\s+(?!(?:our|your|this|these|us)\b)\p{L}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();
}
