namespace Classifier.Features;

/// <summary>
/// How text becomes features: word and character n-grams, their weighting, and the stance
/// features. A model records the settings it was trained with (see <see cref="ModelInfo"/>);
/// scoring always uses the model's own settings.
/// </summary>
/// <remarks>
/// Each setting's <c>init</c> accessor (so an object initializer, a <see langword="with"/> expression and the JSON readers of
/// model files and <c>train --config</c>) checks the value against the range its documentation gives, naming the setting;
/// the rules between settings (<see cref="CharNgramMin"/> against <see cref="CharNgramMax"/>, for one) <see cref="Validate"/>
/// checks, as training and the model loader call it.
/// </remarks>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed partial record FeaturizerSettings
{
    /// <summary>Longest word n-gram; 0 disables word features.</summary>
    /// <value>Default 2 (unigrams and bigrams). Range 0-4.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range.</exception>
    public int WordNgramMax { get; init => field = Check(value, 0, 4, nameof(WordNgramMax)); } = 2;

    /// <summary>Shortest character n-gram, counted within space-padded words.</summary>
    /// <value>Default 2. Range 1-<see cref="CharNgramMax"/>.</value>
    public int CharNgramMin { get; init; } = 2;

    /// <summary>Longest character n-gram; 0 disables character features.</summary>
    /// <value>Default 5. Range 0-8.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range.</exception>
    public int CharNgramMax { get; init => field = Check(value, 0, 8, nameof(CharNgramMax)); } = 5;

    /// <summary>Whether term counts are dampened to 1 + ln(count).</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool SublinearTf { get; init; } = true;

    /// <summary>Whether features are weighted by smoothed inverse document frequency.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool UseIdf { get; init; } = true;

    /// <summary>Whether words after a negation ("not", "never", "didn't"...) up to the next punctuation are marked as negated.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool MarkNegation { get; init; } = true;

    /// <summary>
    /// Reads "n't" as a negator: a word ending in n before 't ("can't", "isn't") and the lone "n't" of
    /// pre-tokenised text ("does n't" becomes "does not"); the stems without 't no longer open a negation
    /// ("won the vote", "a safe haven", "Don"). Models saved before this setting existed load with it off,
    /// so they score as they were trained.
    /// </summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool Contractions { get; init; } = true;

    /// <summary>
    /// Reads rises and falls by what changes: "profit rose" and "unemployment fell" add a good-change feature,
    /// "exports fell" and "losses widened" a bad-change one, when a quantity from a built-in list stands up to eight
    /// words before the direction word in the same sentence, or follows it after "in"/"of" ("a fall in output").
    /// Needs word n-grams. Models saved before this setting existed load with it off, so they score as trained.
    /// </summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool MarkChanges { get; init; } = true;

    /// <summary>
    /// Extends <see cref="MarkChanges"/> to the mood and relations that news reports rise and fall: "hopes faded",
    /// "relations cooled", "prospects dimmed" are bad changes, "fears receded", "tensions subsided", "ties warmed" good
    /// ones (more quantities: hopes, prospects, relations, ties, trust, outlook, fears, mistrust, uncertainty...; more
    /// direction words: faded, dimmed, soured, cooled, eroded, receded, subsided, warmed, thawed, revived...). Needs
    /// <see cref="MarkChanges"/>. Models saved before this setting existed load with it off, so they score as trained.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool MarkMoodChanges { get; init; }

    /// <summary>
    /// Extends <see cref="MarkChanges"/> to a direction word that opens an appositive after a comma (", up 12 percent",
    /// ", a drop of 29 percent", ", representing an increase of"): its quantity may stand anywhere earlier in the sentence,
    /// up to 30 words before, not only eight, as in "The group's Baltic sales in the first three quarters totalled 106.2
    /// million euros, representing a drop of 29 percent". Needs <see cref="MarkChanges"/>. Models saved before this
    /// setting existed load with it off, so they score as trained.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool AppositiveChanges { get; init; }

    /// <summary>
    /// Extends <see cref="MarkChanges"/> to a quantity that is the object of a verb that raises or lowers it: "will
    /// create 1,200 jobs", "raised its full-year profit forecast", "hired 60 staff" are good changes, "cut 800 jobs",
    /// "lowered its revenue guidance", "cut its dividend" bad ones, and "reduced the budget deficit", "slashed costs"
    /// good ones again. The object is the first quantity among the four words after the verb, before any comma, sentence
    /// break, preposition or conjunction; when there is one it is read before the words ahead of the verb, so "inflation
    /// cut real wages" is a fall in wages, not in inflation. "Higher" and "lower" read the word after them the same way
    /// ("lower sales", "higher costs"). Needs <see cref="MarkChanges"/>. Models saved before this setting existed load
    /// with it off, so they score as trained.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool ObjectChanges { get; init; }

    /// <summary>
    /// Reads a text without the wire dateline that may open it ("SEOUL (Reuters) - ", "KYIV — ", "WASHINGTON, Dec. 2 (AP)
    /// -- "): the dateline says where the story was filed, not what it is about, so it gives no features and, for stance,
    /// no mention of a target ("SEOUL" there is no mention of South Korea). The characters are blanked, so spans keep
    /// their offsets. Models saved before this setting existed load with it off, so they score as trained.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool SkipDatelines { get; init; }

    /// <summary>
    /// Extends <see cref="MarkChanges"/> to figures set against earlier ones, where no word says which way they went:
    /// "operating profit was EUR 3.1 mn, compared with EUR 5.6 mn a year earlier" is a bad change, "the loss narrowed
    /// to EUR 0.4 mn from a loss of EUR 1.9 mn" and "profit of EUR 5.8 mn, up from a loss of EUR 1.7 mn" good ones;
    /// and to swings into a result ("swung to a net profit", "slipped into the red"). The figures are compared by
    /// value, with their scale words (mn, billion...), minus signs and the loss or deficit words before them; years,
    /// bracketed figures (a converted currency) and a percentage set against an amount are left alone. Needs
    /// <see cref="MarkChanges"/>, and the digits themselves (<see cref="NormalizeDigits"/> off). Models saved before
    /// this setting existed load with it off, so they score as trained.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool MarkComparisons { get; init; }

    /// <summary>
    /// Extends <see cref="MarkChanges"/> to restrictions put in place and lifted: "lifted sanctions", "ended the
    /// curfew", "the ban was overturned", "cut tariffs" and "dropped the charges" are good changes; "imposed tariffs",
    /// "extended the curfew", "a lockdown was ordered" and "tightened restrictions" bad ones. The measure (sanctions,
    /// tariffs, duties, bans, embargoes, curfews, lockdowns, restrictions, blacklists, fines, charges, a state of
    /// emergency...) stands up to five words after the verb or four before it, in the same sentence. Each finding is
    /// a measure-lifted or measure-imposed feature of its own, learned from the training data. Needs
    /// <see cref="MarkChanges"/>. Models saved before this setting existed load with it off, so they score as trained.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool MarkMeasures { get; init; }

    /// <summary>
    /// Extends <see cref="MarkChanges"/> to outcomes set against what was expected, forecast, feared or hoped: "a
    /// bigger-than-expected profit", "the loss was smaller than analysts had forecast", "unemployment rose less than
    /// expected" and "revenue beat estimates" are good changes; "exports rose less than forecast", "higher-than-expected
    /// inflation" and "sales missed forecasts" bad ones. The comparison is read against the expectation: a direction word
    /// it qualifies ("rose" in "rose less than expected") is read with it, not as a rise. Less than feared is good news
    /// and less than hoped bad news whatever was measured; "better" and "worse" are good and bad news as they stand; any
    /// other comparison needs its quantity (the wanted and unwanted words of <see cref="MarkChanges"/>) after the
    /// expectation word or in the eight words before. Each finding adds the good-change or bad-change feature. Needs
    /// <see cref="MarkChanges"/>. Models saved before this setting existed load with it off, so they score as trained.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool MarkExpectations { get; init; }

    /// <summary>
    /// Reads polarity shifters in the lexicon block: a verb that stops, prevents, ends, undoes or fails to achieve
    /// something reverses what it acts on. "A judge blocked the eviction", "the rebels ended the insurgency" and "the
    /// economy might avoid a recession" read as good news; "the talks failed to produce an agreement" and "the firm halted
    /// production" as bad news. What the verb acts on is the first lexicon term or quantity word of
    /// <see cref="MarkChanges"/> ("jobs", "layoffs", "hopes", "fears") within five words after the verb (or its particle:
    /// "called off", "struck down", "threw out"), in the same clause and before a preposition or conjunction that ends
    /// the object; after a form of "be" ("the eviction was blocked"), or for "ended", "stopped" and the like with nothing
    /// after them, the nearest such word before. Each reading adds a good-shift or bad-shift feature (a negated verb
    /// reverses it: "did not avert a crisis"); a lexicon term acted on reads as that feature does, and the verb's own term
    /// ("blocked", "failed") is not counted. Needs a lexicon (<see cref="UseLexicon"/>); the other blocks are unchanged.
    /// Models saved before this setting existed load with it off, so they score as trained.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool MarkShifters { get; init; }

    /// <summary>
    /// Extends <see cref="MarkShifters"/> to endings that name their outcome: a form of "end" followed at once by "in" or
    /// "with" (or "on a", as in "ended on a high note") introduces what the ending came to, and that outcome is the news.
    /// In "the ceasefire talks ended in a triumph" and "the boom ended in a crash" what ended ("ceasefire", "boom") is
    /// then neither reversed nor counted, and no shift feature is added; the outcome's own terms read as they stand. "In"
    /// that opens a time ("ended in 2021", "ended in March", "ended in the early hours", "in the third quarter") leaves the
    /// ending read as before ("the war ended in 2021" is good news), as do "an end in sight", a negated ending ("has not
    /// ended in a ceasefire"), one after "to" ("failed to end in an agreement"), a passive ("was ended with a deal", whose
    /// "with" names the means) and a lexicon term the ending is part of ("a happy ending", "a dead end"). Needs
    /// <see cref="MarkShifters"/>. Models saved before this setting existed load with it off, so they score as trained.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool EndingOutcomes { get; init; }

    /// <summary>Whether every digit is read as 0, so "2024" and "1998" are the same word.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool NormalizeDigits { get; init; }

    /// <summary>
    /// Stance, with <see cref="NormalizeDigits"/>: target names are found in the text with its digits as written, so "G20",
    /// "Group of 20", "the 2015 deal" and a caller's "Article 50" are mentions though the other features read "g00". Off, a
    /// name with a digit 1-9 is never found in full (the text reads "g00", the name "g20"). Models saved before this
    /// setting existed with <see cref="NormalizeDigits"/> on load with it off, so they score as they were trained; the shipped stance model was trained with it
    /// off (<c>models/stance.config.json</c>; models/README.md says why). No effect without <see cref="NormalizeDigits"/>.
    /// </summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool NameDigitsAsWritten { get; init; } = true;

    /// <summary>Whether names are found in text with its digits written as 0: <see cref="NormalizeDigits"/> without <see cref="NameDigitsAsWritten"/>.</summary>
    internal bool NamesDigitsFolded => NormalizeDigits && !NameDigitsAsWritten;

    /// <summary>Whether social-media tokens are normalised: links become one token, @names one token, and letters repeated three or more times ("soooo") count twice.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool NormalizeSocial { get; init; }

    /// <summary>Whether the model's polarity lexicon (if training was given one) becomes features.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool UseLexicon { get; init; } = true;

    /// <summary>Whether the words after the last "but", "however", "yet", "nevertheless", "nonetheless" or "still" also become contrast-marked unigrams (the clause after a contrast usually carries the verdict).</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool MarkContrast { get; init; }

    /// <summary>Words, counted in training documents, a word n-gram needs to enter the vocabulary.</summary>
    /// <value>Default 1. Range 1-1000.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range.</exception>
    public int WordMinCount { get; init => field = Check(value, 1, 1000, nameof(WordMinCount)); } = 1;

    /// <summary>Documents a character n-gram needs to enter the vocabulary.</summary>
    /// <value>Default 2. Range 1-1000.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range.</exception>
    public int CharMinCount { get; init => field = Check(value, 1, 1000, nameof(CharMinCount)); } = 2;

    /// <summary>If above 0, only this many features are kept: those found in the most training documents (caps model size).</summary>
    /// <value>Default 0 (no cap). Range 0 or 1,000-10,000,000.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range.</exception>
    public int MaxFeatures
    {
        get;
        init => field = value == 0 || (value >= 1_000 && value <= 10_000_000) ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxFeatures), value, $"{nameof(MaxFeatures)} must be 0 (no cap) or between 1000 and 10000000.");
    }

    /// <summary>
    /// Whether the text's word vector becomes features: the mean of 128-dimensional vectors built into the library for
    /// about 30,000 English words and word pieces (distilled from the all-MiniLM-L6-v2 sentence encoder; see
    /// <c>scripts/word-vectors</c>), so sentences with related but different words look alike. For stance, also
    /// crossed with the target when <see cref="TargetCrossedWords"/> is on. Models saved before this setting existed
    /// load with it off.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool WordVectors { get; init; }

    /// <summary>Scale of the word-vector blocks, relative to the text blocks; used only with <see cref="WordVectors"/>.</summary>
    /// <value>Default 1. Range 0.01-10.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range.</exception>
    public float VectorWeight { get; init => field = CheckWeight(value, nameof(VectorWeight)); } = 1f;

    /// <summary>
    /// Whether each word's vector counts in the text's mean (<see cref="WordVectors"/>) in proportion to ln(1 + its rank in
    /// the word list), the list being in WordPiece's order (roughly the most frequent first), as Model2Vec weights its
    /// tokens: frequent words such as "the" and punctuation count less than rarer, more telling ones. Used only with
    /// <see cref="WordVectors"/>. Models saved before this setting existed load with it off.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool ZipfWeighting { get; init; }

    /// <summary>
    /// Whether a word that is not in the library's word list (the one behind <see cref="WordVectors"/>) but is made of
    /// words that are, as hashtags and run-together names are ("#stopthewar", "hillaryclinton"), also adds each of those
    /// words as a word feature (for stance, also crossed with the target when <see cref="TargetCrossedWords"/> is on). A
    /// word is split into the fewest listed words of two or more letters, and only when they are no more than the
    /// WordPiece pieces of the word ("feminists" stays whole: feminist + s). Models saved before this setting existed
    /// load with it off.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool SplitWords { get; init; }

    /// <summary>
    /// Texts longer than this many characters are cut to this length before scoring, as read (<see cref="ReadingForm"/>): the invisible
    /// format characters read as absent (a soft hyphen or zero-width space inside a word) are left out first and do not
    /// count, and a letter and the combining accents it composes with count once, as composed.
    /// </summary>
    /// <value>Default 20,000. Range 100-1,000,000.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range.</exception>
    public int MaxTextLength { get; init => field = Check(value, 100, 1_000_000, nameof(MaxTextLength)); } = DefaultMaxTextLength;

    /// <summary>The default of <see cref="MaxTextLength"/>, which the data reader warns of a longer text by.</summary>
    internal const int DefaultMaxTextLength = 20_000;

    /// <summary>The scale of a block's normalised values.</summary>
    internal float Weight(FeatureBlock block) => block switch
    {
        FeatureBlock.Lexicon => LexiconWeight,
        FeatureBlock.TargetWord or FeatureBlock.TargetChar => CrossedWeight,
        FeatureBlock.Mention => MentionWeight,
        FeatureBlock.Vector or FeatureBlock.TargetVector => VectorWeight,
        _ => 1f,
    };

    /// <summary>
    /// Checks the rules between settings and names the first one broken: <see cref="CharNgramMin"/> within 1 to
    /// <see cref="CharNgramMax"/> (when character n-grams are on), word or character features on, and
    /// <see cref="UntouchedIssueMargin"/> and <see cref="UnseenIssueFloor"/> only with <see cref="MentionWindow"/> above 0. Each setting's own range is
    /// checked as it is set (by an object initializer, a <see langword="with"/> expression or a JSON reader), so a
    /// setting out of range never reaches here.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A rule between settings is broken.</exception>
    public void Validate()
    {
        if (CharNgramMax > 0)
        {
            Check(CharNgramMin, 1, CharNgramMax, nameof(CharNgramMin));
        }

        if (WordNgramMax == 0 && CharNgramMax == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(WordNgramMax), "Word and character features are both disabled; enable at least one.");
        }

        if (UntouchedIssueMargin != 0 && MentionWindow == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(UntouchedIssueMargin), UntouchedIssueMargin,
                $"{nameof(UntouchedIssueMargin)} needs the mention features to tell whether a text names the issue; set {nameof(MentionWindow)} above 0 or the setting to 0.");
        }

        if (UnseenIssueFloor != 0 && MentionWindow == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(UnseenIssueFloor), UnseenIssueFloor,
                $"{nameof(UnseenIssueFloor)} needs the mention features to tell whether a text names the issue; set {nameof(MentionWindow)} above 0 or the setting to 0.");
        }
    }

    private static float CheckWeight(float value, string name) =>
        value >= 0.01f && value <= 10f ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be between 0.01 and 10.");

    private static int Check(int value, int min, int max, string name) =>
        value >= min && value <= max ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
}
