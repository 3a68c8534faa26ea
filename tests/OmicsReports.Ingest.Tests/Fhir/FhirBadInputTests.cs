using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Fhir;

/// <summary>One test per class of bad FHIR input: located errors for structure, warnings for unreadable values.</summary>
public class FhirBadInputTests
{
    private const string Tmb = "{ \"system\": \"http://loinc.org\", \"code\": \"94076-7\" }";

    private static string Bundle(string observationBody) =>
        "{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\",\n  \"entry\": [\n    {\n      \"fullUrl\": \"urn:uuid:1\",\n" +
        "      \"resource\": {\n        \"resourceType\": \"Observation\",\n        \"code\": { \"coding\": [ " + Tmb + " ] },\n" +
        observationBody + "\n      }\n    }\n  ]\n}\n";

    private static async Task<Domain.Cases.ImportProblem> SingleErrorAsync(string json)
    {
        using var folder = new TempFolder();
        var result = await Imports.RunAsync(folder.Write("bundle.json", json));
        Assert.False(result.Succeeded);
        Assert.Empty(result.Cases);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public async Task InvalidJson_NamesLineAndColumn()
    {
        var error = await SingleErrorAsync(Bundle("        \"valueQuantity\": { \"value\": 25, }").Replace("\"type\": \"collection\",", "\"type\": \"collection\",,", StringComparison.Ordinal));

        Assert.Equal(("invalid-json", 3), (error.Code, error.Line));
    }

    [Fact]
    public async Task ValueOfTheWrongType_IsASchemaErrorAtItsLine()
    {
        var error = await SingleErrorAsync(Bundle("        \"valueQuantity\": {\n          \"value\": \"many\"\n        }"));

        Assert.Equal(("schema", 11), (error.Code, error.Line));
        Assert.StartsWith("$.entry[0].resource.valueQuantity.value:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResourceWithoutResourceType_IsRefused()
    {
        var error = await SingleErrorAsync("{ \"resourceType\": 7, \"id\": \"x\" }");

        Assert.Equal(("schema", 1), (error.Code, error.Line));
        Assert.Contains("resourceType", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableTmbUnit_IsAWarningAndNoFinding()
    {
        using var folder = new TempFolder();
        var json = Bundle("        \"valueQuantity\": { \"value\": 250, \"unit\": \"mutations\" }");

        var result = await Imports.RunAsync(folder.Write("bundle.json", json));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var sample = Assert.Single(result.Cases);
        Assert.Null(sample.Tmb);
        Assert.Equal(TestStatus.NotTested, sample.Profiling.StatusOf(Layer.Tmb));
        var warning = Assert.Single(sample.Warnings, w => w.Code == "unreadable-biomarker");
        Assert.Equal(7, warning.Line);
        Assert.Contains("'250 mutations'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VafAboveOneWithoutPercentUnit_IsLeftOutWithAWarning()
    {
        using var folder = new TempFolder();
        var json = FhirFixtures.Bundle.Replace("\"valueQuantity\": { \"value\": 0.31 }", "\"valueQuantity\": { \"value\": 31 }", StringComparison.Ordinal);

        var sample = Assert.Single((await Imports.RunAsync(folder.Write("bundle.json", json))).Cases);

        Assert.Null(Assert.Single(sample.Variants).Vaf);
        Assert.Contains("31", Assert.Single(sample.Warnings, w => w.Code == "vaf-out-of-range").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenotypeWithoutAGene_IsAWarning()
    {
        using var folder = new TempFolder();
        var json = FhirFixtures.Bundle.Replace("\"code\": \"94076-7\" } ] }, \"subject\": { \"reference\": \"urn:uuid:p\" },\n      \"valueQuantity\": { \"value\": 12.5, \"unit\": \"mutations/Mb\" }",
            "\"code\": \"84413-4\" } ] }, \"subject\": { \"reference\": \"urn:uuid:p\" },\n      \"valueCodeableConcept\": { \"text\": \"*1/*2\" }", StringComparison.Ordinal);
        Assert.Contains("84413-4", json, StringComparison.Ordinal);

        var sample = Assert.Single((await Imports.RunAsync(folder.Write("bundle.json", json))).Cases);

        Assert.Empty(sample.Pharmacogenomics);
        Assert.Single(sample.Warnings, w => w.Code == "unreadable-genotype");
    }

    [Fact]
    public async Task ObservationsOfTwoPatients_BecomeTwoCasesWithAWarning()
    {
        using var folder = new TempFolder();
        var second = ",\n    { \"fullUrl\": \"urn:uuid:q\", \"resource\": { \"resourceType\": \"Patient\", \"id\": \"q\", \"identifier\": [ { \"value\": \"P-2\" } ] } },\n" +
            "    { \"fullUrl\": \"urn:uuid:m\", \"resource\": { \"resourceType\": \"Observation\", \"code\": { \"coding\": [ { \"system\": \"http://loinc.org\", \"code\": \"81695-9\" } ] },\n" +
            "      \"subject\": { \"reference\": \"urn:uuid:q\" }, \"valueCodeableConcept\": { \"coding\": [ { \"system\": \"http://loinc.org\", \"code\": \"LA26203-2\" } ] } } }\n  ]\n}";
        var json = FhirFixtures.Bundle.TrimEnd()[..^1].TrimEnd()[..^1].TrimEnd() + second;

        var result = await Imports.RunAsync(folder.Write("bundle.json", json));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["P-2", "S-1"], result.Cases.Select(c => c.Specimen.SampleId));
        Assert.Equal(MsiStatus.High, result.Cases[0].Msi!.Status);
        Assert.Null(result.Cases[1].Msi);
        Assert.Single(result.Warnings, w => w.Code == "several-patients");
    }

    [Fact]
    public async Task Latin1Text_IsDecodedWithAWarningAndImported()
    {
        using var folder = new TempFolder();
        var json = FhirFixtures.Bundle.Replace("\"gender\": \"female\"", "\"name\": [ { \"family\": \"M\u00fcller\" } ], \"gender\": \"female\"", StringComparison.Ordinal);

        var result = await Imports.RunAsync(folder.WriteBytes("bundle.json", System.Text.Encoding.Latin1.GetBytes(json)));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var sample = Assert.Single(result.Cases);
        Assert.Equal("M\u00fcller", sample.Patient.FamilyName);
        Assert.Single(sample.Warnings, w => w.Code == "decoded-legacy-encoding");
    }
}
