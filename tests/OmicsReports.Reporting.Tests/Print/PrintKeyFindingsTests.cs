using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Print;
using OmicsReports.Reporting.Tests.Pdf;

namespace OmicsReports.Reporting.Tests.Print;

public class PrintKeyFindingsTests
{
    public static TheoryData<ImplicationKind, Direction, EvidenceTier, bool, string> Groups => new()
    {
        { ImplicationKind.Therapeutic, Direction.Sensitive, EvidenceTier.IA, true, "this" },
        { ImplicationKind.Therapeutic, Direction.Sensitive, EvidenceTier.IIC, false, "other" },
        { ImplicationKind.Therapeutic, Direction.Resistant, EvidenceTier.IA, true, "resistance" },
        { ImplicationKind.Therapeutic, Direction.Avoid, EvidenceTier.IB, true, "resistance" },
        { ImplicationKind.Pharmacogenomic, Direction.ReduceDose, EvidenceTier.IA, false, "pgx" },
        { ImplicationKind.Pharmacogenomic, Direction.Avoid, EvidenceTier.IA, false, "pgx" },
        { ImplicationKind.Prognostic, Direction.Informative, EvidenceTier.IB, true, "prognostic" },
        { ImplicationKind.Therapeutic, Direction.Sensitive, EvidenceTier.III, true, "none" },
    };

    [Theory]
    [MemberData(nameof(Groups))]
    public void From_Implication_LandsInItsPageOneGroup(ImplicationKind kind, Direction direction, EvidenceTier tier, bool here, string group)
    {
        var implication = SampleReports.Braf() with { Kind = kind, Direction = direction, Tier = tier, InThisTumorType = here };

        var findings = PrintKeyFindings.From(SampleReports.Report() with { Implications = [implication] });

        var actual = new Dictionary<string, int>
        {
            ["this"] = findings.TherapiesThisTumorType.Count,
            ["other"] = findings.TherapiesOtherTumorTypes.Count,
            ["resistance"] = findings.Resistance.Count,
            ["pgx"] = findings.Pharmacogenomic.Count,
            ["prognostic"] = findings.PrognosticOrDiagnostic.Count,
        };
        Assert.Equal(group == "none" ? 0 : 1, actual.Values.Sum());
        if (group != "none")
        {
            Assert.Equal(1, actual[group]);
        }
    }

    [Fact]
    public void TrialHooks_TrialCitedTwice_IsListedOnce()
    {
        var trial = new Reference("trial", "NCT00000001", "A trial");
        var a = SampleReports.Braf() with { References = [trial] };
        var b = SampleReports.Braf() with { References = [trial, new Reference("pmid", "1", "x")] };

        var hooks = PrintKeyFindings.TrialHooks(SampleReports.Report() with { Implications = [a, b] }, hidden: null);

        Assert.Equal([trial], hooks);
    }

    [Fact]
    public void TrialHooks_ImplicationHiddenOrTierThree_OffersNoTrial()
    {
        var shown = new Reference("trial", "NCT00000001", "Shown");
        var hiddenTrial = new Reference("trial", "NCT00000002", "Hidden");
        var tierThree = new Reference("trial", "NCT00000003", "Tier III");
        var report = SampleReports.Report() with
        {
            Implications =
            [
                SampleReports.Braf() with { References = [shown] },
                SampleReports.Braf() with { References = [hiddenTrial] },
                SampleReports.Braf() with { Tier = EvidenceTier.III, References = [tierThree] },
            ],
        };

        var hooks = PrintKeyFindings.TrialHooks(report, new Dictionary<int, string> { [1] = "germline artefact" });

        Assert.Equal([shown], hooks);
    }
}
