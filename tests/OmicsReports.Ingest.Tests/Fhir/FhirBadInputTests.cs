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
}
