namespace OmicsReports.Reporting.Tests.Interop;

/// <summary>
/// The independent tools the interop tests check against, installed by scripts/test.sh (scripts/lib/interop.sh) into
/// tests/interop-tools: the npm HL7 v2 parser (package-lock.json) and the Genomics Reporting IG package. When they are
/// missing the tests fail and say how to install them; a skip would hide that nothing was checked.
/// </summary>
internal static class InteropTools
{
    public static string Folder => Path.Combine(RepositoryRoot(), "tests", "interop-tools");

    /// <summary>The IG's package folder (StructureDefinitions, ValueSets, CodeSystems of hl7.fhir.uv.genomics-reporting 3.0.0).</summary>
    public static string GenomicsReportingPackage => Require(Path.Combine(Folder, "fhir", "hl7.fhir.uv.genomics-reporting-3.0.0", "package"));

    /// <summary>The node script that parses an HL7 v2 message with the npm parser (which must be installed).</summary>
    public static string Hl7Parser
    {
        get
        {
            Require(Path.Combine(Folder, "node_modules", "hl7v2"));
            return Path.Combine(Folder, "parse-hl7.mjs");
        }
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OmicsReports.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (OmicsReports.sln) was not found above the test binaries.");
    }

    private static string Require(string path) => Directory.Exists(path)
        ? path
        : throw new InvalidOperationException(
            $"{path} is missing. scripts/test.sh installs the interop test tools; to install them alone run " +
            "'. scripts/lib/common.sh && omics_install_interop_tools' from the repository root.");
}
