using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Pipeline;
using OmicsReports.Web.Features.Import;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Integration;

/// <summary>
/// Issue 12 through the web upload: a sample stored for one patient is never re-imported under another, a bundle that
/// would have crashed the importer is a located refusal, and the upload's stated limits are enforced.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ImportIntegrityTests(OmicsWebFactory app) : IDisposable
{
    private readonly IServiceScope scope = app.Services.CreateScope();

    private CaseImportService Importer => scope.ServiceProvider.GetRequiredService<CaseImportService>();

    [Fact]
    public async Task ReimportOfASampleUnderAnotherPatient_IsRefused_AndAddsNoVersion()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var (name, bytes, sample) = Bundles.Lung();
        var first = await Importer.ImportAsync(pathologist, [new UploadedFile(name, bytes)], null);
        var id = sample[..^3];
        var otherPatient = Encoding.UTF8.GetString(bytes).Replace($"\"id\": \"{id}\", \"mrn\": \"{id}\"", $"\"id\": \"{id}X\", \"mrn\": \"{id}X\"", StringComparison.Ordinal);
        Assert.NotEqual(Encoding.UTF8.GetString(bytes), otherPatient);

        var second = await Importer.ImportAsync(pathologist, [new UploadedFile(name, Encoding.UTF8.GetBytes(otherPatient))], null);

        Assert.True(first.Stored);
        Assert.False(second.Stored);
        var error = Assert.Single(second.Errors);
        Assert.Equal("identity-conflict", error.Code);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Cases.CountAsync(c => c.SampleId == sample));
        Assert.Equal(1, await db.ReportVersions.CountAsync(v => v.Case!.SampleId == sample));
    }

    [Fact]
    public async Task BundleWithANullVariant_IsALocatedRefusal_NotACrash()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var (name, bytes, _) = Bundles.Lung();
        var broken = Encoding.UTF8.GetString(bytes).Replace("\"variants\": [", "\"variants\": [ null,", StringComparison.Ordinal);

        var outcome = await Importer.ImportAsync(pathologist, [new UploadedFile(name, Encoding.UTF8.GetBytes(broken))], null);

        Assert.False(outcome.Stored);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal((name, "schema"), (error.File, error.Code));
        Assert.True(error.Line > 1);
        Assert.Contains("$.variants[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadLargerThanTheStatedLimit_IsRefusedWithTheLimits()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);

        var outcome = await Importer.ImportAsync(pathologist, [new UploadedFile("huge.vcf", new byte[UploadLimits.MaxBytes + 1])], null);

        Assert.False(outcome.Stored);
        Assert.Contains(UploadLimits.Describe(), Assert.Single(outcome.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseWithMoreVariantsThanTheLimit_IsRefused()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var maf = new StringBuilder("Hugo_Symbol\tTumor_Sample_Barcode\tChromosome\tStart_Position\tReference_Allele\tTumor_Seq_Allele2\n");
        for (var i = 1; i <= UploadLimits.MaxVariantsPerCase + 1; i++)
        {
            maf.Append("TP53\tLIMIT-1\t17\t").Append(i).Append("\tA\tT\n");
        }

        var outcome = await Importer.ImportAsync(pathologist, [new UploadedFile("many.maf", Encoding.UTF8.GetBytes(maf.ToString()))], null);

        Assert.False(outcome.Stored);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("upload-limit", "many.maf"), (error.Code, error.File));
        Assert.Contains("at most 100,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ZipSlipUpload_IsRefusedWithAClearMessage()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("../../escape.txt").Open());
            entry.Write("x");
        }

        var outcome = await Importer.ImportAsync(pathologist, [new UploadedFile("study.zip", buffer.ToArray())], null);

        Assert.False(outcome.Stored);
        Assert.Contains("zip slip", Assert.Single(outcome.Errors).Message, StringComparison.Ordinal);
    }

    public void Dispose() => scope.Dispose();
}
