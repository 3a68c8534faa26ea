using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.PharmCat;

/// <summary>One test per class of bad input in PharmCAT files.</summary>
public class PharmCatBadInputTests
{
    private static Task<ImportProblem> SingleErrorAsync(string name, string text) => Imports.SingleErrorAsync((name, text));

    [Fact]
    public async Task TruncatedReportJson_IsInvalidJsonWithItsLine()
    {
        var error = await SingleErrorAsync("report.json", "{\n  \"title\": \"PharmCAT Report\",\n  \"pharmcatVersion\": \"3.1.0\",\n  \"genes\": {\n    \"CYP2C19\": {\n");

        Assert.Equal("invalid-json", error.Code);
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public async Task ReportWhoseGenesHaveTheWrongShape_IsASchemaError()
    {
        var error = await SingleErrorAsync("report.json", "{\n  \"pharmcatVersion\": \"3.1.0\",\n  \"genes\": [\"CYP2C19\"]\n}\n");

        Assert.Equal(("schema", 3), (error.Code, error.Line));
        Assert.StartsWith("$.genes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportWithoutGenes_IsRefused()
    {
        var error = await SingleErrorAsync("report.json", "{ \"pharmcatVersion\": \"3.1.0\", \"genes\": null }");

        Assert.Equal("schema", error.Code);
        Assert.Contains("\"genes\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideCallWithTooManyFields_NamesTheLine()
    {
        var error = await SingleErrorAsync("calls.tsv", "CYP2D6\t*1/*3\nCYP2C9\t*1/*1\tNormal Metabolizer\t2.0\textra\n");

        Assert.Equal(("column-count", 2, 5), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task OutsideCallWithNonNumericActivity_NamesTheField()
    {
        var error = await SingleErrorAsync("calls.tsv", "CYP2D6\t*1/*3\nCYP2C9\t\t\thigh\n");

        Assert.Equal(("not-a-number", 2, 4), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task OutsideCallNamingOnlyAGene_IsRefused()
    {
        var error = await SingleErrorAsync("calls.tsv", "CYP2D6\t*1/*3\nCYP2C9\t\t\n");

        Assert.Equal(("missing-value", 2, 2), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task Latin1Report_IsDecodedWithAWarningAndImported()
    {
        using var folder = new TempFolder();
        var report = PharmCatFixtures.Report.Replace("For ACS.", "F\u00fcr ACS.", StringComparison.Ordinal);

        var result = await Imports.RunAsync(folder.WriteBytes("report.json", System.Text.Encoding.Latin1.GetBytes(report)));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var sample = Assert.Single(result.Cases);
        Assert.EndsWith("F\u00fcr ACS.", Assert.Single(sample.Pharmacogenomics.Single(p => p.Gene == "CYP2C19").SourceRecommendations), StringComparison.Ordinal);
        Assert.Single(sample.Warnings, w => w.Code == "decoded-legacy-encoding");
    }
}
