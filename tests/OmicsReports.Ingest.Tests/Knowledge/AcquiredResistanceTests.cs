using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Distillation;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Knowledge;

/// <summary>
/// The shipped base's secondary KIT kinase-domain rule is a resistance acquired on imatinib: a GIST whose prior
/// therapies are recorded without imatinib (a diagnostic specimen) gets no imatinib resistance, and the variant is
/// reported like any other; after imatinib it is acquired resistance; with no prior therapy recorded it is shown
/// with the caveat.
/// </summary>
public class AcquiredResistanceTests
{
    private const string RuleId = "GIST-KIT-SECONDARY-KINASE-DOMAIN-IMATINIB-RESISTANCE";

    private static readonly Lazy<ReportDistiller> Distiller = new(() => new ReportDistiller(ShippedKnowledgeBase.Current, OncoTreeFixture.Current));

    private static string Bundle(string? priorTherapies) => $$"""
        { "format": "omicsreports-case-bundle", "version": 1, "patient": { "id": "P1" },
          "specimen": { "sampleId": "S1", "tumorPurity": 0.6, "meanCoverage": 600 },
          "tumorType": { "code": "GIST", "name": "Gastrointestinal Stromal Tumor" },
          "profiling": [ { "layer": "small-variants", "panelId": "P", "genes": ["KIT", "PDGFRA", "BRAF", "SDHB", "NF1"] } ],
          "variants": [ { "gene": "KIT", "hgvsP": "p.N822K", "consequence": "missense_variant", "vaf": 0.3, "depth": 400 } ]
          {{(priorTherapies is null ? "" : $", \"priorTherapies\": {priorTherapies}")}} }
        """;

    private static async Task<OmicsReport> ReportFor(string? priorTherapies)
    {
        using var folder = new TempFolder();
        var result = await Imports.RunAsync(new OmicsReports.Ingest.Pipeline.ImportOptions(), folder.Write("gist.json", Bundle(priorTherapies)));
        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        return Distiller.Value.Distill(Assert.Single(result.Cases));
    }

    [Fact]
    public void ShippedRule_IsMarkedAcquired()
    {
        Assert.True(Assert.Single(ShippedKnowledgeBase.Current.Rules, r => r.Id == RuleId).Acquired);
    }

    [Fact]
    public async Task TreatmentNaive_NoImatinibResistance_TheVariantStillReported()
    {
        var report = await ReportFor("[]");

        Assert.DoesNotContain(report.Implications, i => i.RuleIds.Contains(RuleId));
        Assert.DoesNotContain(report.Implications, i => i.Direction == Direction.Resistant && i.Therapies.Contains("imatinib"));
        var reported = report.OtherFindings.Select(f => f.Label).Concat(report.Vus.Select(v => v.Label));
        Assert.Contains(reported, label => label.Contains("KIT", StringComparison.Ordinal) && label.Contains("N822K", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OtherPriorTherapyOnly_NoImatinibResistance()
    {
        var report = await ReportFor("""[ { "drug": "doxorubicin" } ]""");

        Assert.DoesNotContain(report.Implications, i => i.RuleIds.Contains(RuleId));
    }

    [Fact]
    public async Task AfterImatinib_AcquiredResistance()
    {
        var report = await ReportFor("""[ { "drug": "Imatinib", "startedOn": "2024-03-01" } ]""");

        var resistance = Assert.Single(report.Implications, i => i.RuleIds.Contains(RuleId));
        Assert.Equal(Direction.Resistant, resistance.Direction);
        Assert.Equal(["imatinib"], resistance.PriorTherapy!.Received);
        Assert.StartsWith("Acquired resistance", resistance.PriorTherapy.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PriorTherapiesNotRecorded_ShownWithTheCaveat()
    {
        var report = await ReportFor(null);

        var resistance = Assert.Single(report.Implications, i => i.RuleIds.Contains(RuleId));
        Assert.Empty(resistance.PriorTherapy!.Received);
        Assert.Null(resistance.PriorTherapy.RequirementMet);
        Assert.Contains("records no prior therapy", resistance.PriorTherapy.Note, StringComparison.Ordinal);
    }
}
