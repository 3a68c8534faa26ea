using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Matching;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// Distils a harmonized case into the report model with one knowledge base: tiered implications grouped by therapy,
/// pertinent negatives, recommended tests, QC caveats and the VUS appendix. Pure and deterministic: the same case
/// and knowledge base always give an equal report, and so byte-identical JSON.
/// </summary>
public sealed class ReportDistiller
{
    private readonly KnowledgeBase knowledgeBase;
    private readonly ITumorTypeHierarchy hierarchy;
    private readonly RuleApplication rules;
    private readonly ImplicationBuilder implications;
    private readonly Workup workup;

    public ReportDistiller(KnowledgeBase knowledgeBase, ITumorTypeHierarchy hierarchy)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(hierarchy);
        this.knowledgeBase = knowledgeBase;
        this.hierarchy = hierarchy;
        rules = new RuleApplication(knowledgeBase, new ScopeMatcher(hierarchy), hierarchy);
        implications = new ImplicationBuilder(knowledgeBase, new Rationale(hierarchy));
        workup = new Workup(knowledgeBase, hierarchy);
    }

    public KnowledgeBase KnowledgeBase => knowledgeBase;

    /// <summary>Distils the case, hashing it to record the input.</summary>
    public OmicsReport Distill(OmicsCase omicsCase) => Distill(omicsCase, CaseHash.Sha256(omicsCase));

    /// <summary>Distils the case with an input hash the caller already has (e.g. of a stored snapshot).</summary>
    public OmicsReport Distill(OmicsCase omicsCase, string inputSha256)
    {
        ArgumentNullException.ThrowIfNull(omicsCase);
        var index = new CaseIndex(omicsCase, knowledgeBase.Qc);
        var outcome = rules.Apply(index);
        var prior = omicsCase.PriorTherapies?.Select(p => p.Drug).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var built = implications.Build(outcome.Hits, omicsCase.TumorType, prior);
        var (resolved, pairs) = ConflictResolver.Resolve(built, knowledgeBase.Drugs);

        // A demotion changes a tier, so rank again and carry the conflict pairs to the new positions.
        var byRank = Enumerable.Range(0, resolved.Count).OrderBy(i => resolved[i], ImplicationRanking.Comparer).ToArray();
        var rankOf = new int[byRank.Length];
        for (var r = 0; r < byRank.Length; r++)
        {
            rankOf[byRank[r]] = r;
        }

        var ranked = byRank.Select(i => resolved[i]).ToArray();
        var rankedPairs = pairs.Select(p => p with { For = rankOf[p.For], Against = rankOf[p.Against] }).ToArray();
        var (ordered, groups, conflicts) = TherapyGrouping.Group(ranked, rankedPairs);

        // A finding only a resistance acquired on a drug the patient never received would use is reported like any other.
        var used = new HashSet<Finding>(
            outcome.Hits.Where(h => AcquiredResistance.AppliesToAny(h.Rule, prior)).SelectMany(h => h.Result.Findings),
            ReferenceEqualityComparer.Instance);
        var (other, vus) = VariantSummary.For(index, knowledgeBase.Oncogenic, used);
        var reportable = new HashSet<Finding>(used, ReferenceEqualityComparer.Instance);
        foreach (var variant in index.Case.Variants.Where(v => v.Gene is { } g && rules.Evaluator.IsOncogenic(g, v)))
        {
            reportable.Add(variant);
        }

        var standards = workup.StandardsFor(omicsCase.TumorType);
        return new OmicsReport
        {
            SampleId = omicsCase.Specimen.SampleId,
            PatientId = omicsCase.Patient.Id,
            TumorType = omicsCase.TumorType is { } t ? new TumorTypeRef(t.Code, hierarchy.NameOf(t.Code) ?? t.Name) : null,
            KnowledgeBase = knowledgeBase.Stamp,
            InputSha256 = inputSha256,
            Implications = ordered,
            KeyBiomarkers = KeyBiomarkers.For(index),
            PertinentNegatives = Workup.PertinentNegatives(standards, index, reportable),
            RecommendedTests = workup.RecommendedTests(standards, index, outcome.Pending, outcome.Hits),
            QcFindings = QcCaveats.For(omicsCase, knowledgeBase.Qc),
            Vus = vus,
            TherapyGroups = groups,
            OtherFindings = other,
            NotApplied = outcome.Excluded.Select(NotApplied).ToArray(),
            NotCarriedOver = outcome.NotCarried,
            Conflicts = conflicts,
            PriorTherapies = prior,
        };
    }

    private NotApplied NotApplied(RuleHit hit) => new(
        hit.Rule.Id,
        hit.Rule.Biomarker,
        hit.Rule.Therapies.SelectMany(r => r.Drugs).Distinct(StringComparer.Ordinal).ToArray(),
        $"The evidence for this biomarker excludes this tumour type ({new Rationale(hierarchy).ScopeText(hit.Rule.Scope)}).");
}
