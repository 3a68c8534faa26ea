using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Tests.Fhir;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Formats;

/// <summary>
/// Prior therapies from every source the case model accepts: the bundle field, FHIR MedicationStatements, the
/// cBioPortal PRIOR_THERAPIES attribute and --prior-therapy. Unknown (null) and none (empty) stay distinct.
/// </summary>
public class PriorTherapyImportTests
{
    private const string Bundle = """
        { "format": "omicsreports-case-bundle", "version": 1,
          "patient": { "id": "P1" }, "specimen": { "sampleId": "S1" },
          "tumorType": { "code": "LUAD", "name": "Lung Adenocarcinoma" },
          "priorTherapies": [ { "drug": "Osimertinib", "startedOn": "2025-01-10", "endedOn": "2026-02-01" }, { "drug": " carboplatin " } ] }
        """;

    [Fact]
    public async Task Bundle_PriorTherapies_AreReadInLowerCaseWithTheirDates()
    {
        using var folder = new TempFolder();

        var single = (await Imports.CasesAsync(folder.Write("bundle.json", Bundle))).Single();

        Assert.Equal(["osimertinib", "carboplatin"], single.PriorTherapies!.Select(p => p.Drug));
        Assert.Equal(new DateOnly(2025, 1, 10), single.PriorTherapies![0].StartedOn);
        Assert.Equal("Osimertinib", single.PriorTherapies![0].Original);
        Assert.Equal(4, single.PriorTherapies![0].Source.Line);
    }

    [Fact]
    public async Task Bundle_EmptyListIsNone_AbsentIsUnknown()
    {
        using var folder = new TempFolder();
        var none = Bundle[..Bundle.IndexOf("\"priorTherapies\"", StringComparison.Ordinal)] + "\"priorTherapies\": [] }";
        var absent = Bundle[..Bundle.IndexOf(",\n  \"priorTherapies\"", StringComparison.Ordinal)] + " }";

        var treatmentNaive = (await Imports.CasesAsync(folder.Write("none.json", none))).Single();
        var unknown = (await Imports.CasesAsync(folder.Write("absent.json", absent))).Single();

        Assert.Empty(treatmentNaive.PriorTherapies!);
        Assert.Null(unknown.PriorTherapies);
    }

    [Fact]
    public async Task Bundle_TherapyEndingBeforeItStarts_IsALocatedError()
    {
        var problem = await Imports.SingleErrorAsync(("bundle.json", Bundle.Replace("\"endedOn\": \"2026-02-01\"", "\"endedOn\": \"2024-02-01\"", StringComparison.Ordinal)));

        Assert.Equal(("bundle.json", 4), (Path.GetFileName(problem.File), problem.Line));
        Assert.Contains("$.priorTherapies[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clinical_PriorTherapiesAttribute_ListNoneOrMissing()
    {
        using var folder = new TempFolder();
        var clinical =
            "#Patient\tSample\tOncotree\tPrior\n#Patient\tSample\tCode\tPrior therapies\n#STRING\tSTRING\tSTRING\tSTRING\n#1\t1\t1\t1\n" +
            "PATIENT_ID\tSAMPLE_ID\tONCOTREE_CODE\tPRIOR_THERAPIES\n" +
            "P1\tS1\tLUAD\tErlotinib; osimertinib\nP2\tS2\tLUAD\tnone\nP3\tS3\tLUAD\tNA\n";

        var cases = await Imports.CasesAsync(folder.Write("data_clinical_sample.txt", clinical));

        Assert.Equal(["erlotinib", "osimertinib"], cases.Case("S1").PriorTherapies!.Select(p => p.Drug));
        Assert.Equal(4, cases.Case("S1").PriorTherapies![0].Source.Column);
        Assert.Empty(cases.Case("S2").PriorTherapies!);
        Assert.Null(cases.Case("S3").PriorTherapies);
    }

    [Fact]
    public async Task Fhir_MedicationStatements_ReceivedOnesOnly()
    {
        using var folder = new TempFolder();
        var statements = """
            ,
                { "fullUrl": "urn:uuid:m1", "resource": { "resourceType": "MedicationStatement", "status": "completed",
                  "medicationCodeableConcept": { "coding": [ { "system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1721560", "display": "Osimertinib" } ] },
                  "subject": { "reference": "urn:uuid:p" }, "effectivePeriod": { "start": "2025-03-01", "end": "2026-01-15T10:00:00Z" } } },
                { "fullUrl": "urn:uuid:m2", "resource": { "resourceType": "MedicationStatement", "status": "not-taken",
                  "medicationCodeableConcept": { "text": "Pemetrexed" }, "subject": { "reference": "urn:uuid:p" } } },
                { "fullUrl": "urn:uuid:m3", "resource": { "resourceType": "MedicationStatement", "status": "stopped",
                  "medicationReference": { "reference": "urn:uuid:med" }, "subject": { "reference": "urn:uuid:p" } } },
                { "fullUrl": "urn:uuid:med", "resource": { "resourceType": "Medication", "code": { "text": "Carboplatin" } } }
              ]
            """;
        var bundle = FhirFixtures.Bundle[..FhirFixtures.Bundle.LastIndexOf(']')] .TrimEnd() + statements + "\n}";

        var single = (await Imports.CasesAsync(folder.Write("bundle.fhir.json", bundle))).Single();

        Assert.Equal(["osimertinib", "carboplatin"], single.PriorTherapies!.Select(p => p.Drug));
        Assert.Equal(new DateOnly(2026, 1, 15), single.PriorTherapies![0].EndedOn);
    }

    [Fact]
    public async Task Fhir_WithoutMedicationStatements_PriorTherapiesStayUnknown()
    {
        using var folder = new TempFolder();

        var single = (await Imports.CasesAsync(folder.Write("bundle.fhir.json", FhirFixtures.Bundle))).Single();

        Assert.Null(single.PriorTherapies);
    }

    [Fact]
    public async Task Option_PriorTherapy_AddsToWhatTheFilesSay_AndNoneMeansTreatmentNaive()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bundle.json", Bundle);

        var added = (await Imports.RunAsync(new ImportOptions { PriorTherapies = ["Osimertinib", "pemetrexed"] }, path)).Cases.Single();
        var naive = (await Imports.RunAsync(new ImportOptions { PriorTherapies = ["none"] }, folder.Write("plain.json", Bundle.Replace("\"Osimertinib\"", "\"x\"", StringComparison.Ordinal)[..Bundle.IndexOf(",\n  \"priorTherapies\"", StringComparison.Ordinal)] + " }"))).Cases.Single();

        Assert.Equal(["osimertinib", "carboplatin", "pemetrexed"], added.PriorTherapies!.Select(p => p.Drug));
        Assert.Equal("--prior-therapy", added.PriorTherapies![2].Source.File);
        Assert.Empty(naive.PriorTherapies!);
    }
}
