using System.Text;
using System.Text.Unicode;

namespace Classifier.Training.Cli;

/// <summary>One line of an input: its text, its 1-based number, and why it cannot be read as text when it cannot.</summary>
internal readonly record struct InputLine(string Text, long Number, string? Problem);

/// <summary>
/// Reads the lines of a stream of UTF-8 bytes, one at a time, in constant memory but for the longest line. Lines end at
/// <c>\n</c>, <c>\r\n</c> or <c>\r</c>, as <see cref="TextReader.ReadLine"/> ends them; a UTF-8 byte-order mark opening the
/// input is dropped. A line that is not valid UTF-8 is returned with a <see cref="InputLine.Problem"/> (and its text
/// decoded with U+FFFD for the bad bytes), so a streaming reader can report it and go on. Input that is not text at all
/// is refused with a <see cref="Classifier.Data.DataFileException"/> naming the source and line: a NUL byte (a binary file: reporting it
/// line by line would only print thousands of errors) or a UTF-16 byte-order mark. Not thread-safe.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private readonly Stream _stream;
    private readonly string _source;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private long _number;
    private bool _skipLineFeed;
    private bool _opened;
    private bool _eof;
    private InputLine? _peeked;
    private bool _hasPeeked;

    /// <summary>Reads <paramref name="stream"/> (disposed with the reader), naming it <paramref name="source"/> in errors.</summary>
    public Utf8LineReader(Stream stream, string source) => (_stream, _source) = (stream, source);

    /// <summary>The stream read (its position is past what is buffered, not past the lines returned).</summary>
    public Stream Stream => _stream;

    /// <summary>The next line, or null at the end of the input.</summary>
    /// <exception cref="Classifier.Data.DataFileException">The input has a NUL byte or is UTF-16.</exception>
    public InputLine? ReadLine()
    {
        if (_hasPeeked)
        {
            _hasPeeked = false;
            return _peeked;
        }

        return Next();
    }

    /// <summary>
    /// The line <see cref="ReadLine"/> will return next, read ahead but not consumed; it waits for no input past that line's end,
    /// so on a pipe that stays open it answers as soon as the line is complete.
    /// </summary>
    /// <exception cref="Classifier.Data.DataFileException">The input has a NUL byte or is UTF-16.</exception>
    public InputLine? PeekLine()
    {
        if (!_hasPeeked)
        {
            _peeked = Next();
            _hasPeeked = true;
        }

        return _peeked;
    }

    private InputLine? Next()
    {
        while (true)
        {
            if (_skipLineFeed && _start < _end)
            {
                _skipLineFeed = false;
                _start += _buffer[_start] == '\n' ? 1 : 0;
            }

            var pending = _buffer.AsSpan(_start, _end - _start);
            var stop = pending.IndexOfAny((byte)'\n', (byte)'\r');
            if (stop >= 0 || (_eof && pending.Length > 0))
            {
                var line = stop >= 0 ? pending[..stop] : pending;
                _start += stop >= 0 ? stop + 1 : pending.Length;
                _skipLineFeed = stop >= 0 && pending[stop] == '\r';
                return Decode(line, ++_number);
            }

            if (_eof)
            {
                return null;
            }

            Fill();
        }
    }

    private InputLine Decode(ReadOnlySpan<byte> line, long number)
    {
        RefuseBinary(line, number);
        return Utf8.IsValid(line)
            ? new InputLine(Encoding.UTF8.GetString(line), number, null)
            : new InputLine(Encoding.UTF8.GetString(line), number, Utf8Text.Invalid(_source));
    }

    private void RefuseBinary(ReadOnlySpan<byte> bytes, long number)
    {
        if (bytes.Contains((byte)0))
        {
            throw Utf8Text.Refusal(_source, number, Utf8Text.Binary);
        }
    }

    /// <summary>Reads more bytes after the pending part of the line, making room first; at the end of the input, sets <see cref="_eof"/>.</summary>
    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            (_end, _start) = (_end - _start, 0);
        }
        else if (_end == _buffer.Length)
        {
            // One long line: a binary file without line ends is refused now, before it fills memory.
            RefuseBinary(_buffer, _number + 1);
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        do
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            _end += read;
            _eof = read == 0;
        }
        while (!_opened && !TryOpen());
    }

    /// <summary>
    /// At the start of the input: drops a UTF-8 byte-order mark, refuses UTF-16; false while the bytes read so far could
    /// still open with a mark.
    /// </summary>
    private bool TryOpen()
    {
        var head = _buffer.AsSpan(0, _end);
        if (!_eof && head.Length < 3 && ("\uFEFF"u8.StartsWith(head) || (head.Length == 1 && head[0] is 0xFF or 0xFE)))
        {
            return false;
        }

        _opened = true;
        if (head.StartsWith("\uFEFF"u8))
        {
            _start = 3;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw Utf8Text.Refusal(_source, 1, Utf8Text.Utf16);
        }

        return true;
    }

    /// <inheritdoc/>
    public void Dispose() => _stream.Dispose();
}
