using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Ingest.Tests.Knowledge.CaseTables;

/// <summary>
/// Checks one "Expected" cell against a report. Each item is one claim; all failures are returned together.
/// "osimertinib: sensitive IA [level]", "no osimertinib", "no tier I", "no tier I: osimertinib", "none", "negative EGFR",
/// "not negative EGFR", "test PD-L1", "no test PD-L1", "qc low-purity", "no qc low-purity", "vus TP53",
/// "other TP53", "excluded RULE-ID", "conflict osimertinib", "no conflict REGIMEN", "dose capecitabine 50",
/// "unreliable KRAS"; and the therapy claims of <see cref="TherapyExpectations"/> (carried over, setting, prior
/// therapy, conditional, contradicted, cards).
/// </summary>
public static class Expectations
{
    public static IReadOnlyList<string> Check(string expected, OmicsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var failures = new List<string>();
        foreach (var item in CaseBuilder.Split(expected))
        {
            if (Failure(item, report) is { } failure)
            {
                failures.Add($"'{item}': {failure}");
            }
        }

        return failures;
    }

    private static string? Failure(string item, OmicsReport r)
    {
        var words = item.Split(' ', 2);
        return (words[0], words.Length > 1 ? words[1] : string.Empty) switch
        {
            ("none", _) => r.Implications.Count == 0 ? null : "the report has implications",
            ("no", "tier I") => r.Implications.Any(i => i.Tier is EvidenceTier.IA or EvidenceTier.IB) ? "a Tier I implication exists" : null,
            ("no", var rest) when rest.StartsWith("tier I: ", StringComparison.Ordinal)
                => Find(r, rest["tier I: ".Length..]).Any(i => i.Tier is EvidenceTier.IA or EvidenceTier.IB) ? "a Tier I implication for this regimen exists" : null,
            ("no", var rest) when rest.StartsWith("rationale ", StringComparison.Ordinal) =>
                r.Implications.Any(i => i.Rationale.Contains(rest["rationale ".Length..], StringComparison.Ordinal)) ? "a rationale says it" : null,
            ("rationale", var text) => r.Implications.Any(i => i.Rationale.Contains(text, StringComparison.Ordinal)) ? null : "no rationale says it",
            ("no", var rest) when rest.Contains(": ", StringComparison.Ordinal) => Find(r, rest[..rest.IndexOf(':', StringComparison.Ordinal)])
                .Any(i => Kebab(i.Direction.ToString()) == rest[(rest.IndexOf(':', StringComparison.Ordinal) + 2)..].Trim()) ? "an implication with that direction exists" : null,
            ("no", var rest) when rest.StartsWith("conflict ", StringComparison.Ordinal) => Find(r, rest["conflict ".Length..]).Any(i => i.Conflicts.Count > 0)
                ? "the regimen is marked as conflicting" : null,
            ("no", var rest) when rest.StartsWith("test ", StringComparison.Ordinal) => HasTest(r, rest[5..]) ? "the test is recommended" : null,
            ("no", var rest) when rest.StartsWith("qc ", StringComparison.Ordinal) => r.QcFindings.Any(q => q.Code == rest[3..]) ? "the QC finding is present" : null,
            ("no", var regimen) => Find(r, regimen).Any() ? $"an implication for {regimen} exists" : null,
            ("negative", var gene) => r.PertinentNegatives.Any(n => n.Gene == gene && n.Reliable) ? null : "not a (reliable) pertinent negative",
            ("unreliable", var gene) => r.PertinentNegatives.Any(n => n.Gene == gene && !n.Reliable) ? null : "not listed as not reliably excluded",
            ("not", var rest) when rest.StartsWith("negative ", StringComparison.Ordinal) =>
                r.PertinentNegatives.Any(n => n.Gene == rest["negative ".Length..]) ? "listed as a pertinent negative" : null,
            ("test", var text) => HasTest(r, text) ? null : "no such recommended test",
            ("qc", var code) => r.QcFindings.Any(q => q.Code == code) ? null : "no such QC finding",
            ("vus", var gene) => r.Vus.Any(v => v.Gene == gene) ? null : "not among the VUS",
            ("other", var gene) => r.OtherFindings.Any(v => v.Gene == gene) ? null : "not among the other findings",
            ("excluded", var id) => r.NotApplied.Any(n => n.RuleId == id) ? null : "not listed as not applied",
            ("conflict", var drug) => r.Implications.Any(i => i.Therapies.Contains(drug) && i.Conflicts.Count > 0)
                && r.TherapyGroups.Any(g => g.Therapies.Contains(drug) && g.Explanation is not null) ? null : "no explained conflict",
            ("dose", var rest) => Dose(r, rest),
            _ when TherapyExpectations.Failure(item, r) is { } therapy => therapy.Length == 0 ? null : therapy,
            _ => Implication(item, r),
        };
    }

    /// <summary>"regimen: direction tier [level]"; the regimen's drugs joined with " + ".</summary>
    private static string? Implication(string item, OmicsReport r)
    {
        var colon = item.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new FormatException($"Expectation '{item}' is not understood.");
        }

        var regimen = item[..colon].Trim();
        var claim = item[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var candidates = Find(r, regimen).ToArray();
        if (candidates.Length == 0)
        {
            return "no implication for this regimen";
        }

        var match = candidates.FirstOrDefault(i => Kebab(i.Direction.ToString()) == claim[0] && i.Tier.ToString() == claim[1]
            && (claim.Length < 3 || i.Level == string.Join(' ', claim[2..])));
        return match is not null ? null
            : "found instead: " + string.Join("; ", candidates.Select(i => $"{Kebab(i.Direction.ToString())} {i.Tier} {i.Level} ({string.Join(",", i.RuleIds)})"));
    }

    private static string? Dose(OmicsReport r, string rest)
    {
        var parts = rest.Split(' ');
        var found = Find(r, parts[0]).FirstOrDefault(i => i.DoseAdjustment is not null);
        return found?.DoseAdjustment?.Contains(parts[1] + "%", StringComparison.Ordinal) == true ? null : "no such dose adjustment";
    }

    internal static IEnumerable<Implication> Find(OmicsReport r, string regimen)
    {
        var drugs = regimen.Split('+', StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToArray();
        return r.Implications.Where(i => i.Therapies.Order(StringComparer.Ordinal).SequenceEqual(drugs, StringComparer.Ordinal));
    }

    private static bool HasTest(OmicsReport r, string text) =>
        r.RecommendedTests.Any(t => t.Test.Contains(text, StringComparison.OrdinalIgnoreCase));

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
