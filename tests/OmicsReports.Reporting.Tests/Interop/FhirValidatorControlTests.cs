using Hl7.Fhir.Model;
using OmicsReports.Reporting.Fhir;

namespace OmicsReports.Reporting.Tests.Interop;

/// <summary>The validators can fail: broken resources give errors, so "zero errors" elsewhere means something.</summary>
public class FhirValidatorControlTests
{
    [Fact]
    public void ObservationWithoutStatusAndCode_BaseR4_Errors()
    {
        var observation = new Observation { Subject = new ResourceReference("Patient/p1") };

        Assert.NotEmpty(FhirValidation.BaseErrors(observation));
    }

    [Fact]
    public async System.Threading.Tasks.Task TherapeuticImplicationWithoutDerivedFrom_ValidBaseR4_ButBreaksTheIgProfile()
    {
        var lung = (await InteropCases.DemoCasesAsync()).Single(c => c.Specimen.SampleId == "DEMO-S3-LUNG");
        var bundle = FhirReportWriter.Build(InteropCases.Request(lung));
        var implication = bundle.Entry.Select(e => e.Resource).OfType<Observation>()
            .First(o => o.Meta?.Profile?.Contains(FhirTerms.TherapeuticImplicationProfile) == true);

        implication.DerivedFrom.Clear();

        Assert.Empty(FhirValidation.BaseErrors(implication));
        Assert.Contains(FhirValidation.IgErrors(implication), e => e.Contains("derivedFrom", StringComparison.OrdinalIgnoreCase));
    }

    /// <remarks>
    /// The IG validator checks a resource against the base definition of its type as well as against the profiles it
    /// declares. The export and study tests rely on that when they validate a resource against the IG only: these
    /// controls show that base R4 errors are reported by the IG validator, in a resource that declares no profile, in
    /// one that declares an IG profile, and inside a bundle.
    /// </remarks>
    [Fact]
    public async System.Threading.Tasks.Task BaseR4Errors_AreAlsoReportedByTheIgValidator()
    {
        var bare = new Observation { Subject = new ResourceReference("Patient/p1") };
        Assert.Contains(FhirValidation.IgErrors(bare), e => e.Contains("status", StringComparison.OrdinalIgnoreCase));

        var lung = (await InteropCases.DemoCasesAsync()).Single(c => c.Specimen.SampleId == "DEMO-S3-LUNG");
        var bundle = FhirReportWriter.Build(InteropCases.Request(lung));
        Assert.Empty(FhirValidation.IgErrors(bundle));
        var implication = bundle.Entry.Select(e => e.Resource).OfType<Observation>()
            .First(o => o.Meta?.Profile?.Contains(FhirTerms.TherapeuticImplicationProfile) == true);
        implication.Status = null;
        Assert.Contains(FhirValidation.IgErrors(implication), e => e.Contains("status", StringComparison.OrdinalIgnoreCase));

        var patient = bundle.Entry.Select(e => e.Resource).OfType<Patient>().Single();
        patient.Gender = null;
        patient.BirthDateElement = new Date { Value = "1970-13-45" };
        Assert.NotEmpty(FhirValidation.BaseErrors(patient));
        Assert.NotEmpty(FhirValidation.IgErrors(patient));
        Assert.Contains(FhirValidation.IgErrors(bundle), e => e.Contains("status", StringComparison.OrdinalIgnoreCase));
    }
}
