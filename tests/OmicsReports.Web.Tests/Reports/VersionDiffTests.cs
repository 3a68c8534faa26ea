using OmicsReports.Data.Reports;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Reports;

/// <summary>Differences between versions of the melanoma demo case, as the engine reports it with the shipped knowledge base.</summary>
public class VersionDiffTests : IAsyncLifetime
{
    private EvaluatedCase Melanoma { get; set; } = default!;

    private Implication DabrafenibTrametinib => Melanoma.Report.Implications.Single(i => i.Therapies.SequenceEqual(["dabrafenib", "trametinib"]));

    public async Task InitializeAsync() => Melanoma = (await DemoBundles.ForAsync("DEMO-S1-MEL")).Evaluated;

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Compare_SameVersionTwice_FindsNoDifference()
    {
        Assert.Empty(VersionDiff.Compare(Side(1, Melanoma.Report), Side(2, Melanoma.Report)));
    }

    [Fact]
    public void Compare_RetieredImplication_IsOneChangeNamingBothTiers()
    {
        var retiered = Melanoma.Report with
        {
            Implications = [.. Melanoma.Report.Implications.Select(i => i == DabrafenibTrametinib ? i with { Tier = EvidenceTier.IIC, Level = "3B" } : i)],
        };

        var entry = Assert.Single(VersionDiff.Compare(Side(1, Melanoma.Report), Side(2, retiered)));

        Assert.Equal(("Implications", DiffChange.Changed), (entry.Section, entry.Change));
        Assert.Equal($"{DabrafenibTrametinib.Biomarker}: dabrafenib + trametinib: tier IA (level 1) → IIC (level 3B)", entry.Text);
    }

    [Fact]
    public void Compare_NewKnowledgeBaseDroppingATherapyAndANewVariant_AreAllListed()
    {
        var newer = Melanoma.Report with
        {
            KnowledgeBase = new KnowledgeBaseStamp("kb-next", new string('f', 64)),
            Implications = [DabrafenibTrametinib],
            KeyBiomarkers = [new KeyBiomarker("TMB", "9 mut/Mb", null, true)],
        };
        var newerCase = Melanoma.Case with
        {
            Variants = [.. Melanoma.Case.Variants, new SmallVariant { Gene = "NRAS", HgvsC = "c.182A>G", Source = new SourceLocation("x.maf", 3) }],
        };

        var entries = VersionDiff.Compare(Side(1, Melanoma.Report), new DiffSide(2, new VersionSnapshot(newerCase, newer), "", []));

        Assert.Contains(entries, e => e is { Section: "Knowledge base", Change: DiffChange.Changed } && e.Text == $"{Melanoma.Report.KnowledgeBase.Version} → kb-next");
        Assert.Contains(entries, e => e is { Section: "Implications", Change: DiffChange.Removed } && e.Text.StartsWith("BRAF V600E: vemurafenib", StringComparison.Ordinal));
        Assert.Contains(entries, e => e is { Section: "Key biomarkers", Change: DiffChange.Removed } && e.Text.StartsWith("MSI", StringComparison.Ordinal));
        Assert.Contains(entries, e => e is { Section: "Key biomarkers", Change: DiffChange.Changed } && e.Text == "TMB: 14.2 mut/Mb → 9 mut/Mb");
        Assert.Contains(entries, e => e is { Section: "Variants", Change: DiffChange.Added } && e.Text == "NRAS c.182A>G");
    }

    [Fact]
    public void Compare_ReviewChanges_ShowTheCommentsAndHiddenImplications()
    {
        var hidden = new HiddenImplication(1, "BRAF V600E", "Single agent not preferred", "p@x", DateTimeOffset.UnixEpoch);
        var older = new DiffSide(1, Snapshot(Melanoma.Report), "exon 19", []);
        var newer = new DiffSide(2, Snapshot(Melanoma.Report), "exon 21", [hidden]);

        var entries = VersionDiff.Compare(older, newer);

        Assert.Contains(entries, e => e.Section == "Interpretive comment" && e.Text == "\"exon 19\" → \"exon 21\"");
        Assert.Contains(entries, e => e is { Section: "Hidden implications", Change: DiffChange.Added } && e.Text == "BRAF V600E: Single agent not preferred");
    }

    private DiffSide Side(int version, OmicsReport report) => new(version, Snapshot(report), "", []);

    private VersionSnapshot Snapshot(OmicsReport report) => new(Melanoma.Case, report);
}
