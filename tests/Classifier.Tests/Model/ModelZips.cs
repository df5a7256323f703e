using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>Model zips built and damaged for the entry-size tests.</summary>
internal static class ModelZips
{
    /// <summary>The entries of the model file at <paramref name="path"/>, without its checksums.</summary>
    public static Dictionary<string, byte[]> Entries(string path)
    {
        var entries = ModelArchive.ReadEntries(File.ReadAllBytes(path), path);
        entries.Remove(ModelArchive.ChecksumsEntry);
        return entries;
    }

    /// <summary><paramref name="entries"/> written as a model zip with their checksums.</summary>
    public static byte[] Signed(Dictionary<string, byte[]> entries, CompressionLevel? level)
    {
        using var ms = new MemoryStream();
        ModelArchive.WriteSigned(ms, entries.Select(e => (e.Key, e.Value)).ToArray(), level);
        return ms.ToArray();
    }

    /// <summary><paramref name="zip"/> with <paramref name="name"/>'s uncompressed size, in its local header and the central directory, set to <paramref name="length"/>.</summary>
    public static byte[] Patch(byte[] zip, string name, uint length)
    {
        var bytes = (byte[])zip.Clone();
        var encoded = Encoding.UTF8.GetBytes(name);
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            var (nameAt, lengthAt, sizeAt) = signature switch
            {
                0x04034b50 => (30, 26, 22),
                0x02014b50 => (46, 28, 24),
                _ => (0, 0, 0),
            };
            if (nameAt > 0 && BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + lengthAt)) == encoded.Length
                && bytes.AsSpan(i + nameAt, encoded.Length).SequenceEqual(encoded))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + sizeAt), length);
                patched++;
            }
        }

        Assert.Equal(2, patched);
        return bytes;
    }
}
