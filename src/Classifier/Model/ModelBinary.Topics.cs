namespace Classifier.Model;

/// <summary>The layout of <c>topics.bin</c>: the issues' names and centroids.</summary>
internal static partial class ModelBinary
{
    /// <summary>
    /// <c>topics.bin</c> (<see cref="Stance.IssueTopics"/>): the vector length and issue count; per issue its canonical name
    /// (UTF-8, length-prefixed) and centroid count; then every centroid's values as half-precision floats, issue by issue.
    /// </summary>
    public static byte[] WriteTopics(Stance.IssueTopics topics)
    {
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write(TopicsMagic);
        w.Write(Version);
        w.Write(topics.Dimensions);
        w.Write(topics.Targets.Count);
        for (var t = 0; t < topics.Targets.Count; t++)
        {
            var name = System.Text.Encoding.UTF8.GetBytes(topics.Targets[t]);
            w.Write(name.Length);
            w.Write(name);
            w.Write(topics.CentroidCount(t));
        }

        for (var t = 0; t < topics.Targets.Count; t++)
        {
            for (var k = 0; k < topics.CentroidCount(t); k++)
            {
                foreach (var v in topics.Centroid(t, k))
                {
                    w.Write((Half)v);
                }
            }
        }

        w.Flush();
        return ms.ToArray();
    }

    public static Stance.IssueTopics ReadTopics(byte[] bytes)
    {
        const string entry = "topics.bin";
        var r = new SpanReader(bytes, entry);
        r.Expect(TopicsMagic, Version);
        var dimensions = r.Int32();
        var count = r.Int32();
        if (dimensions is <= 0 or > 4096 || count < 0 || count > bytes.Length)
        {
            throw new InvalidDataException($"{entry} declares {count} issues of {dimensions} dimensions");
        }

        var heads = new (string Name, int Centroids)[count];
        for (var t = 0; t < count; t++)
        {
            var name = r.Utf8();
            var centroids = r.Int32();
            if (centroids is <= 0 or > 1024)
            {
                throw new InvalidDataException($"{entry} gives the issue '{name}' {centroids} centroids");
            }

            heads[t] = (name, centroids);
        }

        var topics = new List<(string, float[][])>(count);
        foreach (var (name, centroids) in heads)
        {
            var vectors = new float[centroids][];
            for (var k = 0; k < centroids; k++)
            {
                vectors[k] = Array.ConvertAll(r.Array<Half>(dimensions), h => (float)h);
                RequireFinite(vectors[k], entry);
            }

            topics.Add((name, vectors));
        }

        r.End();
        try
        {
            return new Stance.IssueTopics(topics, dimensions);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"{entry}: {ArgumentMessages.Sentence(ex)}", ex);
        }
    }
}
