using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Knowledge.Matching;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>TMB, MSI, PD-L1 and HER2 for page 1, each stated as "not tested" when absent.</summary>
public static class KeyBiomarkers
{
    // TMB-high at 10 mut/Mb: the cut-off of the pembrolizumab tumour-agnostic indication (FDA label, 2020).
    private const double TmbHigh = 10;

    /// <summary>TMB, MSI, PD-L1 and HER2 always (stated as "not tested" when absent); HRD only when it was reported.</summary>
    public static IReadOnlyList<KeyBiomarker> For(CaseIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var always = Always(index);
        return index.Case.Hrd is { } hrd ? [.. always, Hrd(hrd)] : always;
    }

    private static IReadOnlyList<KeyBiomarker> Always(CaseIndex index)
    {
        var omicsCase = index.Case;
        return
        [
            omicsCase.Tmb is { } tmb
                ? new KeyBiomarker("TMB", FindingLabels.LabelOf(tmb)["TMB ".Length..],
                    tmb.MutationsPerMegabase >= TmbHigh ? "High (≥ 10 mut/Mb; FDA pembrolizumab label, 2020)" : "Not high (< 10 mut/Mb)", true)
                : NotTested("TMB"),
            omicsCase.Msi is { } msi
                ? new KeyBiomarker("MSI", FindingLabels.MsiText(msi.Status) + (msi.Method is { } m ? $" ({m})" : string.Empty), null, true)
                : NotTested("MSI"),
            index.ProteinsOf("PD-L1") is { Count: > 0 } pdl1
                ? new KeyBiomarker("PD-L1", string.Join("; ", pdl1.Select(p => FindingLabels.LabelOf(p)["PD-L1 ".Length..])), null, true)
                : NotTested("PD-L1"),
            Her2(index),
        ];
    }

    private static KeyBiomarker Her2(CaseIndex index)
    {
        var readings = Her2Scoring.Markers(index).ToArray();
        if (readings.Length == 0)
        {
            return NotTested("HER2");
        }

        var status = readings.Select(Her2Scoring.StatusOf).Min();
        var interpretation = status switch
        {
            Her2Status.Positive => "Positive (IHC 3+, or 2+ with ISH amplified; ASCO/CAP 2018)",
            Her2Status.Low => "HER2-low (IHC 1+, or 2+ with ISH not amplified)",
            Her2Status.Zero when readings.Any(r => Her2Scoring.Is(r, Her2Status.Ultralow)) => "HER2-ultralow (IHC 0 with membrane staining)",
            Her2Status.Zero when readings.Any(r => Her2Scoring.ZeroOf(r) == Harmonization.Her2Zero.Null) => "HER2-null (IHC 0 without membrane staining)",
            Her2Status.Zero => "HER2 0 (membrane staining not stated: ultralow or null)",
            _ => "Equivocal (IHC 2+): ISH needed",
        };
        return new KeyBiomarker("HER2", string.Join("; ", readings.Select(FindingLabels.LabelOf)), interpretation, true);
    }

    // The reported call is shown as given; no cut-off is applied here, because scores of different assays differ.
    private static KeyBiomarker Hrd(HomologousRecombinationDeficiency hrd) =>
        new("HRD", FindingLabels.HrdText(hrd), hrd.Status switch
        {
            HrdStatus.Positive => "HRD-positive as reported by the assay",
            HrdStatus.Negative => "HRD-negative as reported by the assay",
            HrdStatus.Indeterminate => "No call: a negative is not established",
            _ => "Score without a call: the assay's own cut-off applies",
        }, true);

    private static KeyBiomarker NotTested(string name) => new(name, "not tested", null, false);
}
