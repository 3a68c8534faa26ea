namespace OmicsReports.Testing;

/// <summary>
/// The shared corpus of real public inputs, read in place from ../shared/testdata (or OMICS_TESTDATA) and never
/// copied into the project. When it is missing, tests that need it fail with a message saying so: a silent skip
/// would hide that the formats were never exercised.
/// </summary>
public static class TestData
{
    public const string Variable = "OMICS_TESTDATA";

    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The corpus folder; throws with instructions when it is missing.</summary>
    public static string Folder => Root.Value ?? throw new InvalidOperationException(
        $"The shared test corpus was not found. Expected ../shared/testdata beside the checkout, or set {Variable}. " +
        "CI always provides it; these tests cannot run without it.");

    /// <summary>Full path of a file or folder inside the corpus, e.g. Path("pharmcat", "pharmcat.example2.report.json").</summary>
    public static string Path(params string[] parts)
    {
        var full = System.IO.Path.Combine([Folder, .. parts]);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            throw new FileNotFoundException($"The test corpus has no '{string.Join('/', parts)}' (looked in {Folder}).", full);
        }

        return full;
    }

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? System.IO.Path.GetFullPath(configured) : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "OmicsReports.sln")))
            {
                var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "testdata"));
                return Directory.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }
}
