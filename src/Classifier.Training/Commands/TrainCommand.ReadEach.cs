using System.Runtime.ExceptionServices;
using Classifier.Data;

namespace Classifier.Training.Commands;

internal static partial class TrainCommand
{
    /// <summary>
    /// Runs each of <paramref name="reads"/> (a read of labeled files, with any check of its rows that throws a
    /// <see cref="DataFileException"/>; null for a file not given), and throws the problems of every one that failed in one
    /// exception, in the order given, so that a bad <c>--data</c> does not hide a bad <c>--dev</c> until the next run.
    /// </summary>
    /// <returns>Each read's rows, null where no read was given.</returns>
    /// <exception cref="DataFileException">A read failed: each failed read's problems, at their files and lines.</exception>
    internal static LabeledDataSet?[] ReadEach(params Func<LabeledDataSet>?[] reads)
    {
        var sets = new LabeledDataSet?[reads.Length];
        var failed = new List<DataFileException>();
        for (var i = 0; i < reads.Length; i++)
        {
            try
            {
                sets[i] = reads[i]?.Invoke();
            }
            catch (DataFileException ex)
            {
                failed.Add(ex);
            }
        }

        if (failed.Count == 1)
        {
            ExceptionDispatchInfo.Throw(failed[0]);
        }

        return failed.Count == 0 ? sets : throw new DataFileException(Listed(failed), failed.Sum(f => f.TotalErrors));
    }

    /// <summary>
    /// The problems of several failed reads listed together, at most <see cref="LabeledDataReader.MaxReportedErrors"/> as one
    /// read lists them: an equal share of each read's first problems (each bad file named), the rest of the room filled
    /// in the order given, listed read by read.
    /// </summary>
    private static DataFileError[] Listed(IReadOnlyList<DataFileException> failed)
    {
        var share = Math.Max(1, LabeledDataReader.MaxReportedErrors / failed.Count);
        var room = LabeledDataReader.MaxReportedErrors - failed.Sum(f => Math.Min(share, f.Errors.Count));
        var taken = new int[failed.Count];
        for (var i = 0; i < failed.Count; i++)
        {
            var extra = Math.Clamp(failed[i].Errors.Count - share, 0, Math.Max(0, room));
            taken[i] = Math.Min(share, failed[i].Errors.Count) + extra;
            room -= extra;
        }

        return [.. failed.SelectMany((f, i) => f.Errors.Take(taken[i])).Take(LabeledDataReader.MaxReportedErrors)];
    }
}
