using System.Collections;
using System.Reflection;
using Microsoft.ML;

namespace Classifier.Training.Training;

/// <summary>
/// One event of ML.NET's progress tracker: a calculation (such as "SDCA training" or "FastTree training") started,
/// stopped, or reached <paramref name="Done"/> of its first unit.
/// </summary>
/// <param name="Name">The calculation, without the " #2" ML.NET appends when a name was used before in the context.</param>
/// <param name="Stopped">True for the calculation's end.</param>
/// <param name="Unit">The first progress unit ("iterations", "trees", "examples"); null if none.</param>
/// <param name="Done">How many of <paramref name="Unit"/> are done; null if unknown.</param>
/// <param name="Loss">The metric named "Loss" (SDCA, L-BFGS); null if none.</param>
internal sealed record TrackedProgress(string Name, bool Stopped, string? Unit, double? Done, double? Loss);

/// <summary>
/// Reads the progress that ML.NET's trainers push to their progress channels (SDCA's iterations and loss, L-BFGS's
/// iterations and loss, FastTree's trees). An <see cref="MLContext"/> collects it in a tracker that nothing reads (only
/// ML.NET's own command line polled one), kept internal, so it is read by reflection, as <see cref="MlNetCancellation"/>
/// cancels; if the members are ever renamed, <see cref="Drain"/> returns nothing and progress falls back to the
/// messages of <see cref="MLContext.Log"/>. Reading changes nothing trained: it takes queued events and asks a
/// running calculation for its count.
/// </summary>
internal static class MlNetProgressTracker
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly FieldInfo? Environment = typeof(MLContext).GetField("_env", Instance);

    /// <summary>
    /// The events since the last call, oldest first (for a running calculation without new events, its current count);
    /// empty if ML.NET's internals are not as expected. ML.NET's tracker is to be read from one thread at a time.
    /// </summary>
    public static IReadOnlyList<TrackedProgress> Drain(MLContext ml)
    {
        try
        {
            var tracker = Environment?.GetValue(ml) is { } env ? Member(env, "ProgressTracker") : null;
            var method = tracker?.GetType().GetMethod("GetAllProgress", Instance, Type.EmptyTypes);
            if (method?.Invoke(tracker, null) is not IEnumerable events)
            {
                return [];
            }

            return events.Cast<object>().Select(Read).OfType<TrackedProgress>().ToArray();
        }
        catch (Exception ex) when (ex is TargetInvocationException or InvalidCastException or ArgumentException or MemberAccessException)
        {
            return [];
        }
    }

    private static TrackedProgress? Read(object e)
    {
        if (Member(e, "Name") is not string name)
        {
            return null;
        }

        var hash = name.LastIndexOf(" #", StringComparison.Ordinal);
        if (hash > 0 && int.TryParse(name.AsSpan(hash + 2), out _))
        {
            name = name[..hash];
        }

        var stopped = Member(e, "Kind")?.ToString() == "Stop";
        if (Member(e, "ProgressEntry") is not { } entry || Member(entry, "Header") is not { } header)
        {
            return new TrackedProgress(name, stopped, null, null, null);
        }

        var units = Member(header, "UnitNames") as string[] ?? [];
        var metrics = Member(header, "MetricNames") as string[] ?? [];
        var done = Member(entry, "Progress") as double?[] ?? [];
        var values = Member(entry, "Metrics") as double?[] ?? [];
        var loss = Array.IndexOf(metrics, "Loss");
        return new TrackedProgress(name, stopped, units.FirstOrDefault(), done.FirstOrDefault(), loss >= 0 && loss < values.Length ? values[loss] : null);
    }

    /// <summary>A field or property of <paramref name="target"/> or of its base types, by name; null if none.</summary>
    private static object? Member(object target, string name)
    {
        for (var type = target.GetType(); type is not null; type = type.BaseType)
        {
            if (type.GetField(name, Instance | BindingFlags.DeclaredOnly) is { } field)
            {
                return field.GetValue(target);
            }

            if (type.GetProperty(name, Instance | BindingFlags.DeclaredOnly) is { } property)
            {
                return property.GetValue(target);
            }
        }

        return null;
    }
}
