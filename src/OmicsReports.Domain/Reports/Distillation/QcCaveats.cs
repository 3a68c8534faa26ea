using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>Everything that limits how the result can be read, from the specimen, the input and the import.</summary>
public static class QcCaveats
{
    public static IReadOnlyList<QcFinding> For(OmicsCase omicsCase, QcPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(omicsCase);
        ArgumentNullException.ThrowIfNull(policy);
        var findings = new List<QcFinding>();
        if (omicsCase.TumorType is null)
        {
            findings.Add(new("no-tumor-type", QcSeverity.Warning,
                "No tumour type was given: no evidence could be placed in this indication, so no therapy is tiered IA or IB. Add the OncoTree code."));
        }

        switch (omicsCase.Specimen.TumorPurity)
        {
            case { } purity when purity < policy.MinimumPurity:
                findings.Add(new("low-purity", QcSeverity.Warning,
                    $"Tumour purity {Percent(purity)} is below {Percent(policy.MinimumPurity)}: a negative result may be a false negative."));
                break;
            case null:
                findings.Add(new("purity-unknown", QcSeverity.Info,
                    "Tumour purity was not reported: how far a negative result can be trusted cannot be judged."));
                break;
        }

        if (omicsCase.Specimen.MeanCoverage is { } coverage && coverage < policy.MinimumMeanCoverage)
        {
            findings.Add(new("low-coverage", QcSeverity.Warning,
                $"Mean coverage {coverage.ToString("0", CultureInfo.InvariantCulture)}x is below {policy.MinimumMeanCoverage.ToString("0", CultureInfo.InvariantCulture)}x: variants at low allele fractions may be missed."));
        }

        var unannotated = omicsCase.Variants.Count(v => v.Gene is null);
        if (unannotated > 0)
        {
            findings.Add(new("unannotated-variants", QcSeverity.Caution,
                $"{unannotated} variant(s) carry no gene annotation and were not evaluated by the rules; annotate the input (e.g. with VEP) to include them."));
        }

        var filtered = omicsCase.Variants.Count(v => v.Gene is not null && !v.Passed);
        if (filtered > 0)
        {
            findings.Add(new("filtered-variants", QcSeverity.Info,
                $"{filtered} variant(s) did not pass the caller's filters and were not evaluated."));
        }

        findings.AddRange(omicsCase.Warnings.Select(w => new QcFinding("import-warning", QcSeverity.Caution, w.ToString())));
        return findings;
    }

    private static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
