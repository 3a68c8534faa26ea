using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Pipeline;
using OmicsReports.Data.Reports;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Integration;

/// <summary>The upload path through the real importers: a zipped cBioPortal study from the shared corpus.</summary>
[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class StudyImportTests(OmicsWebFactory app) : IDisposable
{
    private readonly IServiceScope scope = app.Services.CreateScope();

    [Fact]
    public async Task ZippedCbioportalStudy_IsUnpackedImportedAndStored_WithUploadedFileNamesOnTheCase()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var zip = Zip(TestData.Terminated("cbioportal_study_es_0", "study_oncokb_update"), "study_oncokb_update");

        var outcome = await scope.ServiceProvider.GetRequiredService<CaseImportService>()
            .ImportAsync(pathologist, [new UploadedFile("study_oncokb_update.zip", zip)], null);

        Assert.True(outcome.Stored, string.Join("; ", outcome.Problems));
        var imported = Assert.Single(outcome.Cases);
        Assert.Equal("TCGA-A1-A0SB-01", imported.Stored.SampleId);
        var view = await app.Services.GetRequiredService<ReportReader>().LoadAsync(imported.Stored.CaseId, imported.Stored.Version);
        Assert.NotEmpty(view!.Case.Variants);
        Assert.All(view.Case.Variants, v => Assert.StartsWith("study_oncokb_update/", v.Source.File, StringComparison.Ordinal));
        Assert.DoesNotContain(Path.GetTempPath(), ReportSnapshots.Serialize(view.Case), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReimportOfTheSameStudy_AddsANewVersion_AndKeepsTheFirst()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var (name, bytes, sample) = Bundles.Lung();
        var service = scope.ServiceProvider.GetRequiredService<CaseImportService>();

        var first = await service.ImportAsync(pathologist, [new UploadedFile(name, bytes)], null);
        var second = await service.ImportAsync(pathologist, [new UploadedFile(name, bytes)], null);

        Assert.Equal(1, Assert.Single(first.Cases).Stored.Version);
        Assert.Equal(2, Assert.Single(second.Cases).Stored.Version);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var versions = await db.ReportVersions.Where(v => v.Case!.SampleId == sample).OrderBy(v => v.Version).Select(v => v.Version).ToListAsync();
        Assert.Equal([1, 2], versions);
    }

    [Fact]
    public async Task ZipThatIsNotAnArchive_IsALocatedRefusal_NotAnException()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);

        var outcome = await scope.ServiceProvider.GetRequiredService<CaseImportService>()
            .ImportAsync(pathologist, [new UploadedFile("study.zip", "not a zip"u8.ToArray())], null);

        Assert.False(outcome.Stored);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal("study.zip", error.File);
        Assert.Contains("zip archive cannot be read", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Zip(string folder, string root)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                zip.CreateEntryFromFile(file, $"{root}/{Path.GetRelativePath(folder, file).Replace('\\', '/')}");
            }
        }

        return buffer.ToArray();
    }

    public void Dispose() => scope.Dispose();
}
