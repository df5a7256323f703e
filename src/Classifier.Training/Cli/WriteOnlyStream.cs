namespace Classifier.Training.Cli;

/// <summary>
/// A write-only, unseekable stream over <see cref="Inner"/> (disposed with it): the members a standard-stream wrapper does
/// not change, so that <see cref="StandardOutput.GuardedStream"/> and <see cref="StandardError.DroppingStream"/> say only
/// what they do with a write and a flush. Not thread-safe.
/// </summary>
internal abstract class WriteOnlyStream(Stream inner) : Stream
{
    /// <summary>The stream written to.</summary>
    protected Stream Inner => inner;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public abstract override void Write(ReadOnlySpan<byte> buffer);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
