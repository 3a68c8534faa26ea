namespace OmicsReports.Ingest.Tests.Reference;

/// <summary>Paths inside the checkout, found by walking up to the solution file.</summary>
internal static class RepositoryFolder
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OmicsReports.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No OmicsReports.sln above {AppContext.BaseDirectory}.");
    });

    public static string Reference => Path.Combine(Root.Value, "knowledge", "reference");

    public static string ReferenceFile(string name) => Path.Combine(Reference, name);
}
