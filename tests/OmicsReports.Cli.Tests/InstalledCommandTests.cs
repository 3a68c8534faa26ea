using OmicsReports.Testing;

namespace OmicsReports.Cli.Tests;

/// <summary>
/// The omics command as installed away from any checkout (its files linked into a folder of their own) and started
/// from yet another working folder: it finds appsettings.json and the knowledge base beside itself, and
/// <c>omics report</c> needs no database.
/// </summary>
public sealed class InstalledCommandTests : IDisposable
{
    private readonly string installed = Directory.CreateTempSubdirectory("omics-installed-").FullName;
    private readonly string elsewhere = Directory.CreateTempSubdirectory("omics-elsewhere-").FullName;

    [Fact]
    public async Task Report_FromAnotherFolder_UsesTheSettingsAndKnowledgeBesideTheBinary_AndNoDatabase()
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(AppContext.BaseDirectory))
        {
            var link = Path.Combine(installed, Path.GetFileName(entry));
            if (Directory.Exists(entry))
            {
                Directory.CreateSymbolicLink(link, entry);
            }
            else
            {
                File.CreateSymbolicLink(link, entry);
            }
        }

        Assert.True(File.Exists(Path.Combine(installed, "appsettings.json")), "appsettings.json is not copied beside omics.dll.");
        Assert.True(File.Exists(Path.Combine(installed, "knowledge", "manifest.yaml")), "The knowledge base is not copied beside omics.dll.");
        var output = Path.Combine(elsewhere, "reports");
        var environment = new Dictionary<string, string?>
        {
            ["OMICS_HOME"] = null,
            ["ConnectionStrings__Omics"] = "Host=no-database-here;Port=1",
            ["Omics__Database__Provider"] = "PostgreSQL",
        };

        var result = await OmicsProcess.RunAsync(Path.Combine(installed, "omics.dll"),
            ["report", TestData.Path("cbioportal_study_es_0", "study_es_0"), "--out", output], environment, workingFolder: elsewhere);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(845, Directory.GetFiles(output, "*.report.json").Length);
    }

    public void Dispose()
    {
        Directory.Delete(installed, recursive: true);
        Directory.Delete(elsewhere, recursive: true);
    }
}
