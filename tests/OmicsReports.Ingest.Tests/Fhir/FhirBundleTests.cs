using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Fhir;

/// <summary>The HL7 Genomics Reporting IG (3.0.0) example bundles: transaction and collection.</summary>
public class FhirBundleTests
{
    private static async Task<OmicsCase> ImportAsync(string bundle) =>
        Assert.Single(await Imports.CasesAsync(Imports.Corpus("hl7_fhir_genomics_reporting", "bundles", bundle)));

    [Fact]
    public async Task OncologyTransactionBundle_TmbOf25IsImportedAsMutationsPerMegabase()
    {
        var sample = await ImportAsync("Bundle-bundle-oncologyexamples-r4.json");

        Assert.Equal(25, sample.Tmb!.MutationsPerMegabase);
        Assert.Equal("somatic variants per megabase of sequenced DNA", sample.Tmb.ReportedUnit);
        Assert.Equal(MsiStatus.Stable, sample.Msi!.Status);
        Assert.Equal(TestStatus.Tested, sample.Profiling.StatusOf(Layer.Tmb));
    }

    [Fact]
    public async Task OncologyTransactionBundle_UrnReferencesGiveOnePatientWithVariantsAndImplications()
    {
        var sample = await ImportAsync("Bundle-bundle-oncologyexamples-r4.json");

        Assert.Equal("076e1948-2217-11e9-94d8-12e241dc1f66", sample.Specimen.SampleId);
        Assert.Equal(("1007", Sex.Male, new DateOnly(1962, 12, 31)), (sample.Patient.Id, sample.Patient.Sex, sample.Patient.BirthDate!.Value));
        Assert.Equal(["JAK2", "KDR", "ERBB4"], sample.Variants.Select(v => v.Gene));
        var jak2 = sample.Variants[0];
        Assert.Equal(("V617F", VariantOrigin.Germline), (jak2.Protein!.ShortForm, jak2.Origin));
        Assert.Contains(jak2.Notes, n => n.Original == "NP_004963.1:p.Val617Phe");
        Assert.Null(sample.Variants[2].Protein);
        Assert.Equal(5, sample.ReportedImplications.Count);
        var ruxolitinib = sample.ReportedImplications[0];
        Assert.Equal(["Ruxolitinib"], ruxolitinib.Therapies);
        Assert.Equal(("Responsive", "Very strong evidence pathogenic", "Polycythemia vera (PV)"), (ruxolitinib.Effect, ruxolitinib.EvidenceLevel, ruxolitinib.Disease));
        Assert.Equal(["JAK2 NP_004963.1:p.Val617Phe"], ruxolitinib.Findings);
        var therapyOnly = sample.ReportedImplications[4];
        Assert.Equal(["Ruxolitinib"], therapyOnly.Therapies);
        Assert.Null(therapyOnly.EvidenceLevel);
    }

    [Fact]
    public async Task CegatTransactionBundle_TwelveVariantsWithVafDepthAndTheHgvsTranscript()
    {
        var sample = await ImportAsync("Bundle-bundle-oncology-report-example.json");

        Assert.Equal(12, sample.Variants.Count);
        Assert.Equal(6, sample.Variants.Count(v => v.Protein is not null));
        Assert.All(sample.Variants, v => Assert.Equal(VariantOrigin.Somatic, v.Origin));
        var pik3ca = sample.Variants.First(v => v.Gene == "PIK3CA");
        Assert.Equal(("H1047R", "c.3140A>G", "NM_006218.4", 0.2188, 64), (pik3ca.Protein!.ShortForm, pik3ca.HgvsC, pik3ca.Transcript, pik3ca.Vaf!.Value, pik3ca.Depth!.Value));
        Assert.Contains(pik3ca.Notes, n => n is { Field: "transcript", Original: "NM_006218.3", Harmonized: "NM_006218.4" });
        Assert.Equal("11111", sample.Patient.Id);
        Assert.Equal("Tumor", sample.Specimen.SampleType);
    }

    [Fact]
    public async Task CollectionBundle_AbsoluteUrlsGenotypeAndPercentVaf()
    {
        var sample = await ImportAsync("Bundle-bundle-cgexample.json");

        Assert.Equal("ExampleSpecimen", sample.Specimen.SampleId);
        var acad9 = sample.Variants.Single(v => v.Gene == "ACAD9");
        Assert.Equal(("R417C", 0.47, 208, VariantOrigin.Germline), (acad9.Protein!.ShortForm, acad9.Vaf!.Value, acad9.Depth!.Value, acad9.Origin));
        Assert.Contains(acad9.Notes, n => n.Field == "VAF");
        Assert.Equal(3, sample.Variants.Count); // the complex variant groups two member variants, imported themselves
        var cyp2c9 = Assert.Single(sample.Pharmacogenomics);
        Assert.Equal(("CYP2C9", "*2/*5"), (cyp2c9.Gene, cyp2c9.Diplotype));
        Assert.Equal(3, sample.ReportedImplications.Count);
        Assert.All(sample.ReportedImplications, i => Assert.Equal(["CYP2C9 *2/*5"], i.Findings));
        Assert.Contains(sample.ReportedImplications, i => i is { Effect: "Rapid metabolizer" } && i.Therapies.SequenceEqual(["Warfarin"]));
        var skipped = Assert.Single(sample.Warnings, w => w.Code == "fhir-not-imported");
        Assert.Contains("diagnostic-implication (2)", skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PgxBundle_PharmVarCallIsReadFromTheDisplay()
    {
        var sample = await ImportAsync("Bundle-bundle-pgxexample.json");

        var cyp2c9 = Assert.Single(sample.Pharmacogenomics);
        Assert.Equal(("CYP2C9", "*4/*35B", true), (cyp2c9.Gene, cyp2c9.Diplotype, cyp2c9.Called));
        Assert.Equal(2, sample.Variants.Count);
        Assert.All(sample.Variants, v => Assert.Equal("CYP2C9", v.Gene));
        Assert.Equal(["mercaptopurine"], Assert.Single(sample.ReportedImplications).Therapies);
    }
}
