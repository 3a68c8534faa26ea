using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Vcf;

/// <summary>Transcript choice, allele splitting and tumour-column choice on hand-written VCFs.</summary>
public class VcfAnnotationTests
{
    private static async Task<OmicsCase> ImportAsync(string vcf, ImportOptions? options = null)
    {
        using var folder = new TempFolder();
        var result = await Imports.RunAsync(options ?? new ImportOptions(), folder.Write("calls.vcf", vcf));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return Assert.Single(result.Cases);
    }

    [Fact]
    public async Task CanonicalTranscript_IsChosenAndTheChoiceIsNoted()
    {
        var t1 = await ImportAsync(VcfFixtures.Annotated);

        var braf = t1.Variants.Single(v => v.Gene == "BRAF");
        Assert.Equal("V600E", braf.Protein!.ShortForm);
        Assert.Equal("c.1799T>A", braf.HgvsC);
        Assert.Equal("ENST00000646891.2", braf.Transcript);
        Assert.Contains(braf.Notes, n => n is { Field: "transcript", Original: "2 VEP annotations", Harmonized: "ENST00000646891", Reason: "canonical transcript (CANONICAL=YES)" });
        Assert.Equal((0.4, 100, 40), (braf.Vaf, braf.Depth, braf.AltReads));
    }

    [Fact]
    public async Task WithoutCanonical_ManeSelectThenFirstProteinChangeWin()
    {
        var t1 = await ImportAsync(VcfFixtures.Annotated);

        var tp53 = t1.Variants.Single(v => v.Gene == "TP53");
        Assert.Equal("ENST00000269305.9", tp53.Transcript);
        Assert.Equal("R175Lfs*72", tp53.Protein!.ShortForm);
        Assert.Equal(VariantConsequence.FrameshiftDeletion, tp53.Consequence);
        Assert.Equal("germline_risk", tp53.Filter);
        Assert.False(tp53.Passed);
        Assert.Contains(tp53.Notes, n => n.Reason == "MANE Select transcript");

        var egfr = Assert.Single(t1.Variants, v => v.Position == 55191822);
        Assert.Equal(("EGFR", "L858R"), (egfr.Gene, egfr.Protein!.ShortForm));
        Assert.Contains(egfr.Notes, n => n.Reason.StartsWith("first transcript with a protein change", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MultiAllelicRecord_EachAltGetsItsOwnAnnotationAndReads()
    {
        var t1 = await ImportAsync(VcfFixtures.Annotated);

        var kras = t1.Variants.Where(v => v.Gene == "KRAS").ToList();
        Assert.Equal(["G12V", "G12D"], kras.Select(v => v.Protein!.ShortForm));
        Assert.Equal([0.3, 0.2], kras.Select(v => v.Vaf!.Value));
        Assert.All(kras, v => Assert.Equal(6, v.Source.Line));
    }

    [Fact]
    public async Task HeaderTumourSample_WinsOverColumnOrder()
    {
        var t1 = await ImportAsync(VcfFixtures.Annotated);

        Assert.Equal("T1", t1.Specimen.SampleId);
        Assert.DoesNotContain(t1.Warnings, w => w.Code == "tumor-sample-by-order");
    }

    [Fact]
    public async Task NoNamedTumour_FirstColumnIsReadWithAWarning()
    {
        var tumor = await ImportAsync(VcfFixtures.Unnamed);

        Assert.Equal("S_A", tumor.Specimen.SampleId);
        Assert.Equal(0.4, Assert.Single(tumor.Variants).Vaf);
        var warning = Assert.Single(tumor.Warnings, w => w.Code == "tumor-sample-by-order");
        Assert.Equal((2, 10), (warning.Line, warning.Column));
    }

    [Fact]
    public async Task SampleOption_ChoosesTheColumn()
    {
        var tumor = await ImportAsync(VcfFixtures.Unnamed, new ImportOptions { Samples = ["S_B"] });

        Assert.Equal("S_B", tumor.Specimen.SampleId);
        Assert.Equal(0.1, Assert.Single(tumor.Variants).Vaf);
        Assert.DoesNotContain(tumor.Warnings, w => w.Code == "tumor-sample-by-order");
    }

    [Fact]
    public async Task SampleOptionNamingNoColumn_RenamesTheChosenTumourWithAWarning()
    {
        var tumor = await ImportAsync(VcfFixtures.Annotated, new ImportOptions { Samples = ["PATIENT-7"] });

        Assert.Equal("PATIENT-7", tumor.Specimen.SampleId);
        Assert.Equal(5, tumor.Variants.Count);
        Assert.Contains("'T1'", Assert.Single(tumor.Warnings, w => w.Code == "sample-renamed").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SampleOptionNamingNoColumnOfTwoVcfsOfDifferentSamples_IsRefused()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a.vcf", VcfFixtures.Annotated);
        var second = folder.Write("b.vcf", VcfFixtures.Unnamed);

        var result = await Imports.RunAsync(new ImportOptions { Samples = ["PATIENT-7"] }, first, second);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("ambiguous-sample", 2), (error.Code, error.Line));
        Assert.Contains("'S_A'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'T1'", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Cases);
    }
}
