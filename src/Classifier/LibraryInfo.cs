using System.Reflection;

namespace Classifier;

/// <summary>Facts about this build of the library.</summary>
internal static class LibraryInfo
{
    /// <summary>The informational version without source-revision suffix, for example <c>0.1.0</c>.</summary>
    public static string Version { get; } = (typeof(LibraryInfo).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
