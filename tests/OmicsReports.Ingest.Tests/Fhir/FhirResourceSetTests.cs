using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Fhir;

/// <summary>The IG's somatic report as single resource files that refer to each other ("Observation/id").</summary>
public class FhirResourceSetTests
{
    private static string Folder => Imports.Corpus("hl7_fhir_genomics_reporting", "somatic_report_set");

    [Fact]
    public async Task SomaticReportFolder_RelativeReferencesGiveThePatientsFindings()
    {
        var sample = Assert.Single(await Imports.CasesAsync(Folder));

        Assert.Equal(("1234567", "Hamsburg", "Substance Junior", Sex.Male), (sample.Patient.Mrn, sample.Patient.FamilyName, sample.Patient.GivenName, sample.Patient.Sex));
        Assert.Equal(29.8, sample.Tmb!.MutationsPerMegabase);
        Assert.Contains(sample.Tmb.Notes, n => n.Reason.Contains("no unit", StringComparison.Ordinal));
        Assert.Equal(MsiStatus.High, sample.Msi!.Status);
        var egfr = sample.Variants.Single(v => v.Gene == "EGFR");
        Assert.Equal(("L858R", VariantConsequence.Missense, 0.066), (egfr.Protein!.ShortForm, egfr.Consequence, egfr.Vaf!.Value));
        Assert.Equal("ROS1", Assert.Single(sample.StructuralVariants).GeneA);
        Assert.Null(sample.StructuralVariants[0].GeneB);
    }

    [Fact]
    public async Task SomaticReportFolder_PdL1NoteGivesTpsWithItsClone()
    {
        var sample = Assert.Single(await Imports.CasesAsync(Folder));

        var pdl1 = Assert.Single(sample.Proteins);
        Assert.Equal(("PD-L1", "22C3", "TPS", 5.0), (pdl1.Marker, pdl1.AntibodyClone, pdl1.ScoringSystem, pdl1.Value!.Value));
    }

    [Fact]
    public async Task SomaticReportFolder_TherapeuticImplicationsStayTheSourcesStatements()
    {
        var sample = Assert.Single(await Imports.CasesAsync(Folder));

        Assert.Equal(5, sample.ReportedImplications.Count);
        var gefitinib = sample.ReportedImplications.Single(i => i.Therapies.Contains("Gefitinib"));
        Assert.Equal(("Tier I - Level A", "Non-small cell lung cancer", "Non-small cell lung cancer with EGFR L858R mutation is sensitive to gefitinib"),
            (gefitinib.EvidenceLevel, gefitinib.Disease, gefitinib.Conclusion));
        Assert.Equal(["EGFR L858R"], gefitinib.Findings);
        var trial = sample.ReportedImplications.Single(i => i.Trials.Count > 0);
        Assert.Equal(["NCT04919811"], trial.Trials);
        Assert.Equal(["Taletrectinib"], trial.Therapies);
        Assert.Equal(["TMB"], sample.ReportedImplications.Single(i => i.Therapies.Contains("Pembrolizumab")).Findings);
    }

    [Fact]
    public async Task StandaloneObservations_NameNoPatientAndBecomeOneUnnamedCase()
    {
        var sample = Assert.Single(await Imports.CasesAsync(Imports.Corpus("hl7_fhir_genomics_reporting", "standalone")));

        Assert.Equal(250, sample.Tmb!.MutationsPerMegabase);
        Assert.Equal(MsiStatus.Stable, sample.Msi!.Status);
        var variant = Assert.Single(sample.Variants, v => v.Reference == "ATTGAGGGAAAACACAT");
        Assert.Equal(("17", 39723966L), (variant.Chromosome, variant.Position!.Value)); // 0-based interval start 39723965
        Assert.Contains(variant.Notes, n => n is { Field: "position", Original: "39723965" });
    }
}
