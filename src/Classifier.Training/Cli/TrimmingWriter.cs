using System.Text;

namespace Classifier.Training.Cli;

/// <summary>
/// Writes text through to another writer without the spaces that end its lines. Spectre.Console pads a table's cells,
/// a grid's last column and a centred title with spaces up to the width it lays out for; on a terminal they are
/// invisible, but in a file or a pipe every such line would end in spaces. Spaces are held back until a character other
/// than a line end follows, so text streams through unbuffered otherwise. Not thread-safe, as <see cref="TextWriter"/>s
/// are not unless synchronised.
/// </summary>
internal sealed class TrimmingWriter(TextWriter inner) : TextWriter
{
    private int _spaces;

    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        switch (value)
        {
            case ' ':
                _spaces++;
                return;
            case '\n' or '\r':
                _spaces = 0;
                break;
            default:
                ReleaseSpaces();
                break;
        }

        inner.Write(value);
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (buffer.Length > 0)
        {
            // Write up to the last character that is not a space, then hold the spaces after it back.
            var run = buffer.IndexOfAny('\n', '\r') is var end and >= 0 ? end : buffer.Length;
            var text = buffer[..run].TrimEnd(' ');
            if (text.Length > 0)
            {
                ReleaseSpaces();
                inner.Write(text);
            }

            _spaces += run - text.Length;
            if (run == buffer.Length)
            {
                return;
            }

            _spaces = 0;
            inner.Write(buffer[run]);
            buffer = buffer[(run + 1)..];
        }
    }

    /// <inheritdoc/>
    public override void WriteLine() => Write(CoreNewLine);

    /// <inheritdoc/>
    public override void WriteLine(string? value)
    {
        Write(value);
        WriteLine();
    }

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();

    private void ReleaseSpaces()
    {
        if (_spaces > 0)
        {
            inner.Write(new string(' ', _spaces));
            _spaces = 0;
        }
    }
}
