using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Knowledge.Therapies;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Distillation;
using static OmicsReports.Domain.Tests.Knowledge.Fixtures;

namespace OmicsReports.Domain.Tests.Reports;

/// <summary>The one carry-over policy, outcome by outcome, in the order its checks run.</summary>
public class CarryOverPolicyTests
{
    private static readonly Criterion G12C = new ProteinChangeCriterion { Gene = "KRAS", Changes = ["G12C"] };

    private static readonly DrugCatalog Drugs = new(
        new Dictionary<string, DrugInfo>(StringComparer.Ordinal)
        {
            ["sotorasib"] = new("sotorasib", DrugRole.Targeted, []),
            ["panitumumab"] = new("panitumumab", DrugRole.Targeted, []),
            ["alpelisib"] = new("alpelisib", DrugRole.Targeted, []),
            ["fulvestrant"] = new("fulvestrant", DrugRole.Hormonal, []),
            ["azacitidine"] = new("azacitidine", DrugRole.Hypomethylating, []),
            ["ivosidenib"] = new("ivosidenib", DrugRole.Targeted, []),
            ["bevacizumab"] = new("bevacizumab", DrugRole.AntiAngiogenic, []),
            ["carboplatin"] = new("carboplatin", DrugRole.Chemotherapy, []),
        },
        new Dictionary<string, DrugClass>(StringComparer.Ordinal));

    private static readonly HashSet<string> None = new(StringComparer.Ordinal);

    public static TheoryData<string, string[], CarryOverOutcome> Regimens => new()
    {
        { "directed", ["sotorasib"], CarryOverOutcome.Carried },
        { "hormonal partner", ["alpelisib", "fulvestrant"], CarryOverOutcome.PartnerDrug },
        { "hypomethylating partner", ["ivosidenib", "azacitidine"], CarryOverOutcome.PartnerDrug },
        { "anti-angiogenic partner", ["ivosidenib", "bevacizumab"], CarryOverOutcome.PartnerDrug },
        { "chemotherapy backbone", ["sotorasib", "carboplatin"], CarryOverOutcome.PartnerDrug },
    };

    [Theory]
    [MemberData(nameof(Regimens))]
    public void Decide_RegimenByItsDrugs(string what, string[] drugs, CarryOverOutcome expected)
    {
        var decision = CarryOverPolicy.Decide(Rule("R", G12C, ["NSCLC"], [drugs]), new Regimen(drugs), true, Drugs, None, None);

        Assert.True(expected == decision.Outcome, $"{what}: {decision.Outcome} ({decision.Reason})");
    }

    [Fact]
    public void Decide_PartnerNamedByTheRule_IsNotCarriedAlthoughTheCatalogueCallsItDirected()
    {
        var rule = Rule("CRC-G12C", G12C, ["COADREAD"], [["sotorasib", "panitumumab"]]) with { Partners = ["panitumumab"] };

        var decision = CarryOverPolicy.Decide(rule, rule.Therapies[0], true, Drugs, None, None);

        Assert.Equal(CarryOverOutcome.PartnerDrug, decision.Outcome);
        Assert.Contains("panitumumab", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_ChecksRunInOrder_FirstReasonWins()
    {
        var resistance = Rule("R", G12C, ["NSCLC"], [["sotorasib"]], Direction.Resistant);
        var forbidden = Rule("F", G12C, ["NSCLC"], [["alpelisib", "fulvestrant"]]) with { CarryOver = false };
        var own = new HashSet<string>(["sotorasib"], StringComparer.Ordinal);
        var excluded = new HashSet<string>(["sotorasib"], StringComparer.Ordinal);

        Assert.Equal(CarryOverOutcome.NotSensitivity, CarryOverPolicy.Decide(resistance, resistance.Therapies[0], true, Drugs, None, None).Outcome);
        Assert.Equal(CarryOverOutcome.NoFinding, CarryOverPolicy.Decide(forbidden, forbidden.Therapies[0], false, Drugs, None, None).Outcome);
        Assert.Equal(CarryOverOutcome.RuleForbids, CarryOverPolicy.Decide(forbidden, forbidden.Therapies[0], true, Drugs, None, None).Outcome);
        var directed = Rule("D", G12C, ["NSCLC"], [["sotorasib"]]);
        Assert.Equal(CarryOverOutcome.OwnRule, CarryOverPolicy.Decide(directed, directed.Therapies[0], true, Drugs, own, excluded).Outcome);
        Assert.Equal(CarryOverOutcome.ExcludedHere, CarryOverPolicy.Decide(directed, directed.Therapies[0], true, Drugs, None, excluded).Outcome);
    }

    [Fact]
    public void Distill_OwnRuleForTheSameFinding_KeepsTheOtherTumoursMonotherapyOut()
    {
        var kb = Base(
            Rule("LUNG-G12C", G12C, ["NSCLC"], [["sotorasib"]]),
            Rule("CRC-G12C", G12C, ["COADREAD"], [["sotorasib", "panitumumab"]]) with { Partners = ["panitumumab"] });
        var report = new ReportDistiller(kb, Tree).Distill(Case("COAD", Variant("KRAS", Substitution("G", 12, "C"))));

        Assert.Equal(["panitumumab+sotorasib"], report.Implications.Select(i => string.Join('+', i.Therapies.Order(StringComparer.Ordinal))));
        var kept = Assert.Single(report.NotCarriedOver);
        Assert.Equal(("LUNG-G12C", CarryOverOutcome.OwnRule), (kept.RuleId, kept.Outcome));
    }

    [Fact]
    public void Distill_CarriedOption_IsMarkedWithItsSourceTumourType()
    {
        var kb = Base(Rule("LUNG-G12C", G12C, ["NSCLC"], [["sotorasib"]]));

        var carried = Assert.Single(new ReportDistiller(kb, Tree).Distill(Case("COAD", Variant("KRAS", Substitution("G", 12, "C")))).Implications);

        Assert.True(carried.CarriedOver);
        Assert.Equal(["Non-Small Cell Lung Cancer (NSCLC)"], carried.SourceTumorTypes);
        Assert.Equal(EvidenceTier.IIC, carried.Tier);
    }
}
