namespace Classifier.Articles;

// Counting a sentence's straight double quotes once per pass (SentenceSplitter.GluedEnd).
public static partial class SentenceSplitter
{
    /// <summary>
    /// The straight double quotes of a sentence from its start up to a position, counted once for all the stops of a pass:
    /// a stop glued to a closing quote asks whether a quote is open, and counting from the sentence's start at each of
    /// them took time quadratic in the sentence's length ('a."a."a."...', 1 MB in about 15 seconds). Positions asked
    /// for one sentence never go back (a pass reads its stops in order); a new sentence start, or a position before the last,
    /// starts the count again. A mutable struct, held in a local of the pass and passed by reference.
    /// </summary>
    internal struct QuoteTally
    {
        private int _start;
        private int _upTo;
        private int _count;

        /// <summary>How many characters the tally has read since it was created: each once for the positions of one sentence asked in order.</summary>
        public long Read { get; private set; }

        /// <summary>The straight double quotes in <c>[sentenceStart, to)</c> of <paramref name="text"/>.</summary>
        public int Count(string text, int sentenceStart, int to)
        {
            if (sentenceStart != _start || to < _upTo || _upTo < sentenceStart)
            {
                (_start, _upTo, _count) = (sentenceStart, sentenceStart, 0);
            }

            _count += text.AsSpan(_upTo, to - _upTo).Count('"');
            Read += to - _upTo;
            _upTo = to;
            return _count;
        }
    }
}
