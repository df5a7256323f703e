using PublicApiGenerator;

namespace Classifier.Tests.PublicApi;

public sealed class PublicApiTests
{
    private static readonly string Approved = Path.Combine(TestPaths.RepositoryRoot, "tests", "Classifier.Tests", "PublicApi", "Classifier.approved.txt");

    /// <summary>
    /// The public API is locked: a change fails here and writes Classifier.received.txt beside the approved file.
    /// If the change is intended, review the diff, replace the approved file with the received one, and note it in CHANGELOG.md.
    /// </summary>
    [Fact]
    public void PublicApi_Library_MatchesApprovedFile()
    {
        var api = typeof(SentimentClassifier).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"] })
            .ReplaceLineEndings("\n");
        var approved = File.Exists(Approved) ? File.ReadAllText(Approved).ReplaceLineEndings("\n") : string.Empty;
        if (api != approved)
        {
            File.WriteAllText(Path.ChangeExtension(Approved, null).Replace(".approved", ".received") + ".txt", api);
        }

        Assert.Equal(approved, api);
    }
}
