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

    /// <summary>
    /// A copy of a corpus file or folder in which every file ends with a line break. Some upstream files lack the
    /// final line break (oncokb-annotator's example_maf.txt, study_oncokb_update's clinical file); OmicsReports refuses
    /// a tabular file that ends that way, because it cannot be told from a file cut short (docs/formats.md). Tests
    /// that read these files as valid input read this copy, made once per test run and keeping the same names.
    /// </summary>
    public static string Terminated(params string[] parts)
    {
        var source = Path(parts);
        return TerminatedCopies.GetOrAdd(source, CopyTerminated);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> TerminatedCopies = new(StringComparer.Ordinal);

    private static readonly Lazy<string> CopyRoot = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("omics-corpus-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // another test process may still read it; the OS temp cleaner takes it
            }
        };
        return root;
    });

    private static string CopyTerminated(string source)
    {
        var target = System.IO.Path.Combine(CopyRoot.Value, Guid.NewGuid().ToString("N"), System.IO.Path.GetFileName(source));
        var files = File.Exists(source) ? [source] : Directory.GetFiles(source, "*", SearchOption.AllDirectories);
        foreach (var file in files)
        {
            var destination = File.Exists(source) ? target : System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            var bytes = File.ReadAllBytes(file);
            var text = !file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) && bytes.Length > 0 && bytes[^1] != (byte)'\n';
            File.WriteAllBytes(destination, text ? [.. bytes, (byte)'\n'] : bytes);
        }

        return target;
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
