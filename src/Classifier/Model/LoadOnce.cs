namespace Classifier.Model;

/// <summary>
/// A value made on first use and shared after, like <see cref="Lazy{T}"/> in its default mode, except that a failure is
/// not kept: the next caller tries again. <see cref="Lazy{T}"/> rethrows the first exception forever, so one
/// <see cref="OutOfMemoryException"/> while a server starts would leave <c>LoadDefault</c> failing for the life of the
/// process. Thread-safe: the factory runs under a lock, once per success.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
internal sealed class LoadOnce<T>(Func<T> make) where T : class
{
    private T? _value;
    private object? _lock;

    /// <summary>The value, made now if no earlier call has made it; an exception from the factory reaches the caller and is not kept.</summary>
    public T Value => LazyInitializer.EnsureInitialized(ref _value, ref _lock, make);
}
