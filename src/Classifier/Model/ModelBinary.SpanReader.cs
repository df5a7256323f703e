using System.Runtime.InteropServices;

namespace Classifier.Model;

/// <summary>The reader every layout is read with, each failure an <see cref="InvalidDataException"/> naming the entry.</summary>
internal static partial class ModelBinary
{
    private ref struct SpanReader(ReadOnlySpan<byte> bytes, string entry)
    {
        private ReadOnlySpan<byte> _rest = bytes;

        public void Expect(int magic, int version)
        {
            if (Int32() != magic)
            {
                throw new InvalidDataException($"{entry} has the wrong signature");
            }

            var v = Int32();
            if (v != version)
            {
                throw new InvalidDataException($"{entry} has layout version {v}; this library reads version {version}");
            }
        }

        public int Int32() => MemoryMarshal.Read<int>(Take(sizeof(int)));

        public float Single() => MemoryMarshal.Read<float>(Take(sizeof(float)));

        /// <summary>A UTF-8 string prefixed by its byte length.</summary>
        public string Utf8()
        {
            var length = Int32();
            if (length < 0)
            {
                throw new InvalidDataException($"{entry} declares a negative string length");
            }

            return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Take(length));
        }

        public T[] Array<T>(int count)
            where T : unmanaged
        {
            if (count < 0)
            {
                throw new InvalidDataException($"{entry} declares a negative count");
            }

            var size = checked(count * Marshal.SizeOf<T>());
            return MemoryMarshal.Cast<byte, T>(Take(size)).ToArray();
        }

        public readonly void End()
        {
            if (!_rest.IsEmpty)
            {
                throw new InvalidDataException($"{entry} has {_rest.Length} unexpected trailing bytes");
            }
        }

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n > _rest.Length)
            {
                throw new InvalidDataException($"{entry} is truncated");
            }

            var head = _rest[..n];
            _rest = _rest[n..];
            return head;
        }
    }
}
