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
}
