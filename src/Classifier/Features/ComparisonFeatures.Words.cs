using System.Collections.Frozen;

namespace Classifier.Features;

/// <summary>The word tables a comparison or swing is read with, built only once a text has a cue.</summary>
internal static partial class ComparisonFeatures
{
    /// <summary>The word tables read once a text has a cue: kept apart so that texts without one (and start-up) never build them.</summary>
    private static class Words
    {
        public static readonly ulong Per = FeatureHash.Token("per");
        public static readonly FrozenSet<ulong> ToOrWith = FeatureHash.TokenSet("to", "with");
        public static readonly FrozenSet<ulong> ToOrInto = FeatureHash.TokenSet("to", "into");

        /// <summary>Results a swing lands in that are good news: "returned to growth", "back into the black".</summary>
        public static readonly FrozenSet<ulong> GoodResults = FeatureHash.TokenSet("profit", "profits", "earnings", "growth", "surplus", "black");

        /// <summary>Results a swing lands in that are bad news: "slipped into recession", "swung to a loss".</summary>
        public static readonly FrozenSet<ulong> BadResults = FeatureHash.TokenSet("loss", "losses", "deficit", "deficits", "red", "recession");

        public static readonly ulong Black = FeatureHash.Token("black");
        public static readonly ulong Red = FeatureHash.Token("red");

        /// <summary>Words that may follow "the red" or "the black" as a result ("back into the black in May"), unlike "the Red Sea".</summary>
        public static readonly FrozenSet<ulong> AfterColour = FeatureHash.TokenSet(
            "in", "as", "for", "after", "on", "with", "amid", "and", "but", "despite", "during", "this", "last", "again",
            "because", "due", "thanks", "since", "while", "at", "by", "over", "under", "from", "following", "through", "until");

        public static readonly ulong Vs = FeatureHash.Token("vs");

        /// <summary>Results below zero: a loss of 2 is a result of -2 against a profit.</summary>
        public static readonly FrozenSet<ulong> LossWords = FeatureHash.TokenSet("loss", "losses", "deficit", "deficits");

        /// <summary>Results above zero, named before an earlier figure ("compared with a profit of ...").</summary>
        public static readonly FrozenSet<ulong> GainWords = FeatureHash.TokenSet("profit", "profits", "surplus", "income", "earnings");

        /// <summary>Words that put the figure after them below zero.</summary>
        public static readonly FrozenSet<ulong> Negative = FeatureHash.TokenSet("loss", "losses", "negative", "deficit", "deficits", "minus");

        public static readonly FrozenSet<ulong> PercentWords = FeatureHash.TokenSet("percent", "pct", "percentage");

        public static readonly ulong Cent = FeatureHash.Token("cent");

        /// <summary>Scale words after a figure, with their factor (a short list: searched in order).</summary>
        public static readonly (ulong Word, double Factor)[] Scales =
        [
            (FeatureHash.Token("thousand"), 1e3), (FeatureHash.Token("k"), 1e3),
            (FeatureHash.Token("million"), 1e6), (FeatureHash.Token("mn"), 1e6), (FeatureHash.Token("mln"), 1e6), (FeatureHash.Token("m"), 1e6),
            (FeatureHash.Token("billion"), 1e9), (FeatureHash.Token("bn"), 1e9), (FeatureHash.Token("bln"), 1e9), (FeatureHash.Token("b"), 1e9),
            (FeatureHash.Token("trillion"), 1e12), (FeatureHash.Token("tn"), 1e12),
        ];

        /// <summary>The factor of scale word <paramref name="word"/>, or 0.</summary>
        public static double Scale(ulong word)
        {
            foreach (var (w, factor) in Scales)
            {
                if (w == word)
                {
                    return factor;
                }
            }

            return 0;
        }
    }
}
