using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// The "how was this derived?" lines of a finding, for every renderer's "Why?": the exon or splice site harmonization
/// derived from c./p. notation (and a disagreement with the file), and why the finding counts as oncogenic.
/// </summary>
public static class FindingDerivation
{
    public static IReadOnlyList<string> For(Finding finding, OncogenicDefinition oncogenic)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(oncogenic);
        var lines = new List<string>(2);
        if (finding is SmallVariant { Location: { } location })
        {
            lines.Add(location.Explanation);
            if (location.Disagreement is { } disagreement)
            {
                lines.Add($"Check: {disagreement}.");
            }
        }

        if (oncogenic.Classify(finding) is { } basis)
        {
            lines.Add($"Counts as oncogenic ({basis.ShortName}): {basis.Text}; source: {basis.Source.Citation}.");
        }

        return lines;
    }
}
