using Hl7.Fhir.Model;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Fhir;
using OmicsReports.Reporting.Hl7v2;

namespace OmicsReports.Reporting.Tests.Interop;

/// <summary>
/// The engine's tier I therapy of the demo lung adenocarcinoma (EGFR L858R) reaches both formats with its gene, its
/// p.HGVS and its drug. The therapy is taken from the distilled report, not written into the test.
/// </summary>
public class LungTierOneTests
{
    [Fact]
    public async System.Threading.Tasks.Task LungTierOneTherapy_ReachesFhirAndHl7WithGeneProteinChangeAndDrug()
    {
        var lung = (await InteropCases.DemoCasesAsync()).Single(c => c.Specimen.SampleId == "DEMO-S3-LUNG");
        var request = InteropCases.Request(lung, signed: true);
        var tierOne = request.Report.Implications.First(i =>
            i is { Kind: ImplicationKind.Therapeutic, Tier: EvidenceTier.IA, Direction: Direction.Sensitive, InThisTumorType: true, Therapies.Count: 1 }
            && i.Genes.Contains("EGFR"));
        var drug = tierOne.Therapies[0];

        // FHIR: a therapeutic implication naming the drug, derived from the EGFR variant with its p.HGVS.
        var bundle = FhirReportWriter.Build(request);
        var resources = bundle.Entry.ToDictionary(e => e.FullUrl!, e => e.Resource);
        // The drug may be offered at tier IA in more than one line of therapy; each such implication derives from the variant.
        var implications = resources.Values.OfType<Observation>().Where(o =>
            o.Meta?.Profile?.Contains(FhirTerms.TherapeuticImplicationProfile) == true
            && o.Component.Any(c => Code(c) == "51963-7" && (c.Value as CodeableConcept)?.Text == drug)
            && o.Component.Any(c => Code(c) == "93044-6" && (c.Value as CodeableConcept)?.Text?.Contains("tier IA", StringComparison.Ordinal) == true)).ToList();
        Assert.NotEmpty(implications);
        Assert.All(implications, implication =>
        {
            var variant = Assert.IsType<Observation>(resources[implication.DerivedFrom.Single().Reference!]);
            Assert.Equal("EGFR", Component(variant, "48018-6").Text);
            Assert.Equal("p.L858R", Component(variant, "48005-3").Coding[0].Code);
        });

        // HL7 v2, read by the independent parser: one OBX group holds gene, p.HGVS and drug.
        var message = OruR01Writer.Write(request, new Hl7Options());
        var parsed = Assert.Single(await NodeHl7Parser.ParseAsync([message]));
        var groups = parsed.All("OBX").GroupBy(o => o.Value(4)).ToList();
        Assert.Contains(groups, g =>
            g.Any(o => o.Value(3) == "48018-6" && o.Value(5, 2) == "EGFR")
            && g.Any(o => o.Value(3) == "48005-3" && o.Value(5) == "p.L858R")
            && g.Any(o => o.Value(3) == "51963-7" && o.Value(5) == drug));
    }

    private static string? Code(Observation.ComponentComponent component) => component.Code.Coding.FirstOrDefault()?.Code;

    private static CodeableConcept Component(Observation observation, string loinc) =>
        Assert.IsType<CodeableConcept>(observation.Component.Single(c => Code(c) == loinc).Value);
}
