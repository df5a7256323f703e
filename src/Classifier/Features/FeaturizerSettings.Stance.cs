namespace Classifier.Features;

// The stance-only settings (how the target enters the features, the scoring-time checks for issues), then the blocks' weights.
public sealed partial record FeaturizerSettings
{
    /// <summary>Stance only: whether word n-grams are also crossed with the target, so cues can be learned per target.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool TargetCrossedWords { get; init; } = true;

    /// <summary>Stance only: whether character n-grams are also crossed with the target.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool TargetCrossedChars { get; init; }

    /// <summary>Stance only: words on each side of a target mention that become position features.</summary>
    /// <value>Default 4. Range 0-20; 0 disables mention features.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range.</exception>
    public int MentionWindow { get; init => field = Check(value, 0, 20, nameof(MentionWindow)); } = 4;

    /// <summary>
    /// Stance only: whether a target the text does not mention also adds whether it is a name or an issue, so the model
    /// can learn that an unmentioned country or organisation is rarely judged while an unmentioned issue often is
    /// ("the truce collapsed" is against <em>ceasefire</em>). A target that starts with a capital, as does each of its
    /// words of four or more letters ("Japan", "World Bank", "Bosnia and Herzegovina"), counts as a name; any other
    /// ("sanctions", "carbon pricing", "NATO enlargement") as an issue. Used only with
    /// <see cref="MentionWindow"/> above 0. Models saved before this setting existed load with it off.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool AbsentKind { get; init; }

    /// <summary>
    /// Stance only: reads a target phrased as a motion or policy as for or against its subject, and the text's polarity
    /// words through it, so that praise of the subject counts for "Tobacco growing should be subsidised" and against
    /// "This house would ban tobacco". The target is against its subject when it holds an odd number of prohibiting,
    /// ending, restricting or negating words (ban, abolish, prohibit, criminalise, outlaw, restrict, limit, end, stop,
    /// repeal, sanctions, tariffs, not, never...; a measure noun or bare verb such as "sanctions" or "ban" counts only
    /// when a word follows it, so the targets "sanctions" and "the travel ban" are for their subject, the measure); any
    /// other target, such as a country's name, is for it. Each match of
    /// the lexicon block, and the sign of its net polarity, then adds an agree or clash feature to the mention block,
    /// which carries to targets never seen in training. Needs the model's lexicon (<see cref="UseLexicon"/>). Models
    /// saved before this setting existed load with it off.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool TargetPolarity { get; init; }

    /// <summary>
    /// Stance only: reads an act judged by a third party ("Russia vetoed the resolution, a move the French ambassador
    /// called shameful") through the target's role in it. Where an appositive names the act (", a move", ", a decision",
    /// ", a ruling", ", a charge"...), a target named only before it is the actor and one named only after it the judge,
    /// and the judgement's polarity is the net of the lexicon's words after it and of judging verbs (condemned, dismissed,
    /// rejected... against; welcomed, praised, hailed... for). One feature, role crossed with polarity, is added to the
    /// mention block, so it carries to targets never seen in training. Uses the model's lexicon when it has one. Models
    /// saved before this setting existed load with it off.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool JudgedActs { get; init; }

    /// <summary>
    /// Stance only, with <see cref="MentionWindow"/> above 0: reads the target's role in a harmful act. A mention is the
    /// victim when an act word ("attack", "bombing", "detention", "killing"...) and a preposition ("on", "of", "against",
    /// "targeting", "at") stand just before it ("the attack on the Japanese embassy"), and the doer when an act word
    /// follows it within two words ("Russia's seizure", "Israeli air strikes") or "by" joins them ("the raid by Turkish
    /// troops"). Each role adds a feature to the mention block, crossed with whether a word of condemnation or sympathy
    /// ("condemned", "deplored", "condolences", "solidarity"...) stands within eight words in the same sentence, so
    /// "leaders condemned the attack on the Japanese embassy" can read as favor toward Japan, the victim, and against the
    /// doer. Models saved before this setting existed load with it off.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool MarkVictims { get; init; }

    /// <summary>
    /// Stance only: whether a name counts as mentioned only where the text writes it as a name, unless the text has no
    /// capitals at all. A country's or organisation's name from the alias table (or a target that looks like a name, as
    /// "Turkey" does) must have a capital, a leading "the" aside, or be written as the table writes it in lower case ("the
    /// bloc"), so "in the north of the country" (or "The north of the country") names no North Korea and "turkey prices" no
    /// Turkey; policies and issues are matched as before.
    /// A word counts as a partial mention of the target (it starts with the first five letters of one of the target's words
    /// of five or more letters: "European" for European Union, "North" for North Korea) only when written with a capital.
    /// Without it, "energy cooperation" is a partial mention of the Gulf Cooperation Council and "reserves had risen" of the
    /// Federal Reserve, and the sentence's tone carries over to them. Applies to the mention features (used only with
    /// <see cref="MentionWindow"/> above 0), to <see cref="JudgedActs"/> and to <see cref="StanceClassifier.FindMentions"/>.
    /// Models saved before this setting existed load with it off.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool NamesAsWritten { get; init; }

    /// <summary>
    /// Stance only: whether a representative's name (<see cref="ModelInfo.Representatives"/>) that the text marks as
    /// someone out of office is no mention of their target: "former" or a word starting "ex-" with only a title between it
    /// and the name ("former President Donald Trump", "Germany's former chancellor Merkel", "ex-premier Johnson"), or an
    /// apposition right after the name ("Merkel, the former chancellor"). A former office-holder does not speak for the
    /// target (rule 8 of the labeling guidelines), but the table cannot know dates. "former" right before the name ("a
    /// former Trump aide") or before a verb ("Former President Obama praised Merkel": Merkel stays) does not count.
    /// Applies wherever <see cref="NamesAsWritten"/> does, and to <see cref="StanceClassifier.FindTargets"/>.
    /// Models saved before this setting existed load with it off.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool IgnoreFormerPeople { get; init; }

    /// <summary>
    /// Stance only: a scoring-time check for policies and issues a text does not touch. Training stores, for each issue it
    /// trained on (a target that does not read as a name: see <see cref="AbsentKind"/>), up to eight centroids of its
    /// training sentences' word vectors (the library's table, as for <see cref="WordVectors"/>, always Zipf-weighted). When a
    /// text names such an issue (in any case: "Fishing quotas" is the trained "fishing quotas") neither in full nor in part and comes closer to another trained issue's centroids than to
    /// its own by more than this margin (in cosine), none's log-probability is raised by 4 (its odds about 55-fold) and the
    /// probabilities renormalised. Without it a model trained on issues that are often judged without being named ("the
    /// truce collapsed" is against a ceasefire) gives a stance toward issues a sentence has nothing to do with ("a cricket
    /// match drew 60,000 fans" came out favor toward joint military exercises). Names, and issues the model never trained
    /// on, are left as they are. Scoring only: the weights are trained as without it. 0 is off. Used only with
    /// <see cref="MentionWindow"/> above 0. Models saved before this setting existed load with it off.
    /// </summary>
    /// <value>Default 0 (off). Range 0, or 0.01-1.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range.</exception>
    public float UntouchedIssueMargin
    {
        get;
        init => field = value == 0 || (value >= 0.01f && value <= 1f) ? value
            : throw new ArgumentOutOfRangeException(nameof(UntouchedIssueMargin), value, $"{nameof(UntouchedIssueMargin)} must be 0 (off) or between 0.01 and 1.");
    }

    /// <summary>
    /// Stance only: a scoring-time check for issues the model never trained on that a text does not touch. When the target
    /// is not among the model's training targets (in any case: "Pension reform" is the trained "pension reform", as to the
    /// weights), does not read as a name (see <see cref="AbsentKind"/>), and the text
    /// names it neither in full nor in part, and no word of the text comes within this cosine of any content word of the
    /// target or of its alias names (<see cref="StanceClassifier.WithAliases"/>; the library's word vectors, unweighted:
    /// "cannabis" and "marijuana" come near, "scooters" and "workers" do not; single characters, words without a letter
    /// such as "2030", function words such as "out", and a dateline the model skips, see <see cref="SkipDatelines"/>, are
    /// not read), none's log-probability is raised by 4 (its odds about 55-fold) and the probabilities renormalised. Without it
    /// a sentence's tone spills onto any unfamiliar issue it is asked about ("Campaigners hailed the four-day week" came
    /// out favor toward tidal power, 0.82). <see cref="UntouchedIssueMargin"/> does the same for trained issues. Scoring
    /// only: the weights are trained as without it. 0 is off. Used only with <see cref="MentionWindow"/> above 0. Models
    /// saved before this setting existed load with it off; a library older than the setting refuses a model that has it on;
    /// a model that does not record its training targets (<see cref="TrainingDataInfo.Targets"/>) reads no issue as unseen.
    /// </summary>
    /// <value>Default 0 (off). Range 0, or 0.05-1 (1: any text without one of the issue's own words).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range.</exception>
    public float UnseenIssueFloor
    {
        get;
        init => field = value == 0 || (value >= 0.05f && value <= 1f) ? value
            : throw new ArgumentOutOfRangeException(nameof(UnseenIssueFloor), value, $"{nameof(UnseenIssueFloor)} must be 0 (off) or between 0.05 and 1.");
    }

    /// <summary>Stance only: scale of the target-crossed blocks after normalisation, relative to the text blocks.</summary>
    /// <value>Default 1. Range 0.01-10.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range.</exception>
    public float CrossedWeight { get; init => field = CheckWeight(value, nameof(CrossedWeight)); } = 1f;

    /// <summary>Stance only: scale of the mention block after normalisation, relative to the text blocks.</summary>
    /// <value>Default 1. Range 0.01-10.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range.</exception>
    public float MentionWeight { get; init => field = CheckWeight(value, nameof(MentionWeight)); } = 1f;

    /// <summary>Scale of the lexicon block (polarity words) after normalisation, relative to the text blocks; used only when the model has a lexicon.</summary>
    /// <value>Default 1. Range 0.01-10.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range.</exception>
    public float LexiconWeight { get; init => field = CheckWeight(value, nameof(LexiconWeight)); } = 1f;
}
