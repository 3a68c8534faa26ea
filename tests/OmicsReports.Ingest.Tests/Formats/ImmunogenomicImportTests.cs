using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Formats;

/// <summary>HRD, HLA and scored IHC markers through the native bundle, FHIR and cBioPortal clinical attributes.</summary>
public class ImmunogenomicImportTests
{
    private const string Bundle = """
        {
          "format": "omicsreports-case-bundle",
          "version": 1,
          "patient": { "id": "P-IG" },
          "specimen": { "sampleId": "S-IG", "tumorPurity": 0.5 },
          "tumorType": { "code": "STAD", "name": "Stomach Adenocarcinoma" },
          "proteins": [
            { "marker": "claudin 18.2", "antibodyClone": "43-14A", "scoringSystem": "2+/3+", "value": 80 },
            { "marker": "FOLR1", "scoringSystem": "IHC", "category": "positive" },
            { "marker": "HER2", "scoringSystem": "IHC score", "category": "ultralow" },
            { "marker": "ER", "scoringSystem": "%", "value": 0 }
          ],
          "hrd": { "status": "HRD-positive", "score": 48, "scoreKind": "GIS", "assay": "myChoice CDx" },
          "hla": [ { "gene": "HLA-A", "alleles": ["HLA-A*02:01:01", "A*24:02"] }, { "gene": "HLA-B", "alleles": ["B*07:02"] } ]
        }
        """;

    [Fact]
    public async Task Bundle_NewBiomarkerKinds_AreHarmonized()
    {
        using var folder = new TempFolder();

        var single = Assert.Single(await Imports.CasesAsync(folder.Write("bundle.json", Bundle)));

        var cldn = single.Proteins.Single(p => p.Marker == "CLDN18.2");
        Assert.Equal(("PS2+", 80.0, "43-14A"), (cldn.ScoringSystem, cldn.Value!.Value, cldn.AntibodyClone));
        Assert.Contains(cldn.Notes, n => n.Original == "claudin 18.2");
        var fra = single.Proteins.Single(p => p.Marker == "FRα");
        Assert.Equal(("PS2+", 75.0, ValueComparator.GreaterThanOrEqual), (fra.ScoringSystem, fra.Value!.Value, fra.Comparator));
        Assert.Equal(("0 (ultralow)", 0.0), (single.Proteins.Single(p => p.Marker == "HER2").Category, single.Proteins.Single(p => p.Marker == "HER2").Value!.Value));
        Assert.Equal("% nuclei", single.Proteins.Single(p => p.Marker == "ER").ScoringSystem);
        Assert.Equal((HrdStatus.Positive, 48.0, "GIS", "myChoice CDx"), (single.Hrd!.Status, single.Hrd.Score!.Value, single.Hrd.ScoreKind, single.Hrd.Assay));
        Assert.Equal(TestStatus.Tested, single.Profiling.StatusOf(Layer.Hrd));
        Assert.Equal(["A*02:01:01", "A*24:02"], single.Hla.Single(h => h.Gene == "HLA-A").Alleles);
        Assert.Equal(["B*07:02", "B*07:02"], single.Hla.Single(h => h.Gene == "HLA-B").Alleles);
        Assert.Equal(TestStatus.Tested, single.Profiling.StatusOf(Layer.Hla, "HLA-A"));
        Assert.Equal(TestStatus.NotTested, single.Profiling.StatusOf(Layer.Hla, "HLA-C"));
    }

    [Theory]
    [InlineData("\"hla\": [ { \"gene\": \"HLA-A\", \"alleles\": [\"A2\"] } ]", "$.hla[0].alleles[0]")]
    [InlineData("\"hla\": [ { \"gene\": \"HLA-A\", \"alleles\": [\"B*07:02\"] } ]", "$.hla[0].alleles[0]")]
    [InlineData("\"hrd\": { \"status\": \"maybe\" }", "$.hrd.status")]
    [InlineData("\"hrd\": { \"assay\": \"myChoice CDx\" }", "$.hrd")]
    [InlineData("\"proteins\": [ { \"marker\": \"CLDN18.2\", \"scoringSystem\": \"PS2+\", \"category\": \"weak\" } ]", "$.proteins[0]")]
    public async Task Bundle_BadNewValues_AreLocatedErrors(string member, string path)
    {
        var text = $$"""
            { "format": "omicsreports-case-bundle", "version": 1, "patient": { "id": "P" }, "specimen": { "sampleId": "S" },
              {{member}} }
            """;

        var error = await Imports.SingleErrorAsync(("bundle.json", text));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public async Task Fhir_HrdStainAndHlaGenotype_AreRecognisedByWhatTheirCodeSays()
    {
        const string fhir = """
            {
              "resourceType": "Bundle", "type": "collection",
              "entry": [
                { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p", "identifier": [ { "value": "P-F" } ] } },
                { "fullUrl": "urn:uuid:s", "resource": { "resourceType": "Specimen", "id": "s", "identifier": [ { "value": "S-F" } ], "subject": { "reference": "urn:uuid:p" } } },
                { "fullUrl": "urn:uuid:h", "resource": { "resourceType": "Observation", "id": "h", "subject": { "reference": "urn:uuid:p" }, "specimen": { "reference": "urn:uuid:s" },
                  "code": { "text": "Genomic instability score (homologous recombination deficiency)" }, "valueQuantity": { "value": 51 } } },
                { "fullUrl": "urn:uuid:c", "resource": { "resourceType": "Observation", "id": "c", "subject": { "reference": "urn:uuid:p" }, "specimen": { "reference": "urn:uuid:s" },
                  "code": { "text": "CLDN18 [Presence] in Tissue by Immune stain" }, "valueString": "82% moderate-to-strong membranous" } },
                { "fullUrl": "urn:uuid:g", "resource": { "resourceType": "Observation", "id": "g", "subject": { "reference": "urn:uuid:p" }, "specimen": { "reference": "urn:uuid:s" },
                  "code": { "coding": [ { "system": "http://loinc.org", "code": "84413-4" } ] },
                  "valueCodeableConcept": { "text": "HLA-A*02:01+HLA-A*11:01" },
                  "component": [ { "code": { "coding": [ { "system": "http://loinc.org", "code": "48018-6" } ] }, "valueCodeableConcept": { "coding": [ { "system": "http://www.genenames.org", "code": "HGNC:4931", "display": "HLA-A" } ] } } ] } }
              ]
            }
            """;
        using var folder = new TempFolder();

        var single = Assert.Single(await Imports.CasesAsync(folder.Write("report.fhir.json", fhir)));

        Assert.Equal((HrdStatus.NotStated, 51.0, "GIS"), (single.Hrd!.Status, single.Hrd.Score!.Value, single.Hrd.ScoreKind));
        var cldn = Assert.Single(single.Proteins);
        Assert.Equal(("CLDN18.2", "PS2+", 82.0), (cldn.Marker, cldn.ScoringSystem, cldn.Value!.Value));
        Assert.Equal(["A*02:01", "A*11:01"], Assert.Single(single.Hla).Alleles);
        Assert.Empty(single.Pharmacogenomics);
    }

    [Fact]
    public async Task ClinicalAttributes_HrdHlaAndHormoneReceptors()
    {
        const string samples =
            "#Patient\tSample\tHRD status\tHRD score\tHLA-A\tER\tPR\n#Patient\tSample\tHRD\tGIS\tHLA-A\tER\tPR\n" +
            "#STRING\tSTRING\tSTRING\tNUMBER\tSTRING\tSTRING\tSTRING\n#1\t1\t1\t1\t1\t1\t1\n" +
            "PATIENT_ID\tSAMPLE_ID\tHRD_STATUS\tHRD_SCORE\tHLA_A\tER_STATUS_BY_IHC\tPR_STATUS_BY_IHC\n" +
            "P1\tP1-T\tPositive\t55\tA*02:01/A*03:01\tNegative\t[Not Evaluated]\n" +
            "P2\tP2-T\t[Not Available]\t30\t[Not Available]\tPositive\tIndeterminate\n";
        using var folder = new TempFolder();

        var cases = await Imports.CasesAsync(folder.Write("data_clinical_sample.txt", samples));

        var p1 = cases.Case("P1-T");
        Assert.Equal((HrdStatus.Positive, 55.0), (p1.Hrd!.Status, p1.Hrd.Score!.Value));
        Assert.Equal(["A*02:01", "A*03:01"], Assert.Single(p1.Hla).Alleles);
        var er = Assert.Single(p1.Proteins);
        Assert.Equal(("ER", 1.0, ValueComparator.LessThan), (er.Marker, er.Value!.Value, er.Comparator));
        var p2 = cases.Case("P2-T");
        Assert.Equal((HrdStatus.NotStated, 30.0), (p2.Hrd!.Status, p2.Hrd.Score!.Value));
        Assert.Empty(p2.Hla);
        Assert.Equal(ValueComparator.GreaterThanOrEqual, Assert.Single(p2.Proteins).Comparator);
    }

    [Fact]
    public async Task ClinicalAttributes_UnreadableHlaGenotype_IsALocatedError()
    {
        const string samples =
            "PATIENT_ID\tSAMPLE_ID\tHLA_A\n" +
            "P1\tP1-T\tA2/A3\n";

        var error = await Imports.SingleErrorAsync(("data_clinical_sample.txt", samples));

        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("HLA-A", error.Message, StringComparison.Ordinal);
    }
}
