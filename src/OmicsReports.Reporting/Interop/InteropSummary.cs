using System.Globalization;
using System.Text;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Interop;

/// <summary>
/// What the FHIR and HL7 v2 writers both say about a version: which implications are sent (the pathologist's hidden
/// ones are not), which of them are tier I and which are dose alerts, and the conclusion in words.
/// </summary>
public static class InteropSummary
{
    /// <summary>The implications that are sent, with their position in the report (the key of hidden reasons).</summary>
    public static IEnumerable<(int Index, Implication Implication)> Sent(PrintRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Report.Implications.Select((implication, index) => (index, implication))
            .Where(p => request.HiddenReasons?.ContainsKey(p.index) != true);
    }

    public static bool IsTierOne(Implication implication) =>
        implication.Kind == ImplicationKind.Therapeutic && implication.Tier is EvidenceTier.IA or EvidenceTier.IB;

    /// <summary>A pharmacogenomic statement that changes the drug or its dose.</summary>
    public static bool IsDoseAlert(Implication implication) =>
        implication.Kind == ImplicationKind.Pharmacogenomic && implication.Direction is Direction.Avoid or Direction.ReduceDose or Direction.Alternative;

    /// <summary>The report's answer first: tier I and II options, resistance, dose alerts, key biomarkers, caveats.</summary>
    public static string Conclusion(PrintRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var report = request.Report;
        var sent = Sent(request).Select(p => p.Implication).ToList();
        var text = new StringBuilder();
        if (request.Version.AmendmentReason is { } reason)
        {
            text.Append(CultureInfo.InvariantCulture, $"Amended (version {request.Version.Version}): {reason}. ");
        }

        if (report.TumorType is { } tumorType)
        {
            text.Append(CultureInfo.InvariantCulture, $"Tumour type: {tumorType.Name} ({tumorType.Code}). ");
        }

        Line(text, "Tier I", sent.Where(i => IsTierOne(i) && i.Direction == Direction.Sensitive));
        Line(text, "Tier II", sent.Where(i => i.Kind == ImplicationKind.Therapeutic && i.Direction == Direction.Sensitive && i.Tier is EvidenceTier.IIC or EvidenceTier.IID));
        Line(text, "Resistance", sent.Where(i => i.Direction == Direction.Resistant));
        Line(text, "Dose alerts", sent.Where(IsDoseAlert));
        foreach (var biomarker in report.KeyBiomarkers.Where(k => k.Tested))
        {
            text.Append(CultureInfo.InvariantCulture, $"{biomarker.Name}: {biomarker.Value}. ");
        }

        foreach (var qc in report.QcFindings.Where(q => q.Severity != QcSeverity.Info))
        {
            text.Append(CultureInfo.InvariantCulture, $"Quality: {qc.Message} ");
        }

        return text.Length == 0 ? "No clinically actionable finding." : text.ToString().TrimEnd();
    }

    private static void Line(StringBuilder text, string heading, IEnumerable<Implication> implications)
    {
        var items = implications.Select(i => $"{string.Join(" + ", i.Therapies)} ({i.Biomarker}, {i.Tier})").Distinct(StringComparer.Ordinal).ToList();
        if (items.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{heading}: {string.Join("; ", items)}. ");
        }
    }
}
