using System.Reflection;
using Microsoft.ML;

namespace Classifier.Training.Training;

/// <summary>
/// Stops a running ML.NET trainer. ML.NET 5 keeps <c>MLContext.CancelExecution</c> internal (its public
/// wrapper lives in Microsoft.ML.Experimental, dotnet/machinelearning#6775), so it is called by reflection;
/// if that ever fails, the CLI still stops because the process is terminated after its grace period, and
/// model files are only ever replaced by an atomic move.
/// </summary>
internal static class MlNetCancellation
{
    private static readonly MethodInfo? CancelMethod =
        typeof(MLContext).GetMethod("CancelExecution", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, Type.EmptyTypes);

    /// <summary>Runs <paramref name="fit"/>, cancelling ML.NET when <paramref name="cancellation"/> fires.</summary>
    public static T Run<T>(MLContext ml, CancellationToken cancellation, Func<T> fit)
    {
        cancellation.ThrowIfCancellationRequested();
        using var registration = cancellation.Register(() => Cancel(ml));
        try
        {
            return fit();
        }
        catch (Exception) when (cancellation.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellation);
        }
    }

    public static bool Cancel(MLContext ml)
    {
        try
        {
            CancelMethod?.Invoke(ml, null);
            return CancelMethod is not null;
        }
        catch (TargetInvocationException)
        {
            return false;
        }
    }
}
