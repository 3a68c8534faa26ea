using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Reporting.Components;

/// <summary>
/// The label catalogue: the words people read for every enum value, unit and count, in one place for the screen, the
/// PDF and the board minutes. Nothing shown to a person prints an enum name ("DeepDeletion", "InFrame").
/// </summary>
public static partial class ReportText
{
    public static string Layer(Layer layer) => layer switch
    {
        Domain.Cases.Layer.SmallVariants => "Small variants",
        Domain.Cases.Layer.CopyNumber => "Copy number",
        Domain.Cases.Layer.StructuralVariants => "Fusions and structural variants",
        Domain.Cases.Layer.Expression => "Expression",
        Domain.Cases.Layer.Protein => "Protein and IHC",
        Domain.Cases.Layer.Tmb => "Tumour mutational burden",
        Domain.Cases.Layer.Msi => "Microsatellite instability",
        Domain.Cases.Layer.Pharmacogenomics => "Pharmacogenomics",
        Domain.Cases.Layer.Hrd => "Homologous recombination deficiency (HRD)",
        Domain.Cases.Layer.Hla => "HLA genotype",
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, "Unknown layer."),
    };

    /// <summary>Layer names as the report model writes them ("SmallVariants"); an unknown name is shown as given.</summary>
    public static string Layer(string layer) => Enum.TryParse<Layer>(layer, ignoreCase: true, out var parsed) ? Layer(parsed) : layer;

    /// <summary>The layer in a few characters, for chips beside a gene ("SNV/indel").</summary>
    public static string ShortLayer(string layer) => layer switch
    {
        nameof(Domain.Cases.Layer.SmallVariants) => "SNV/indel",
        nameof(Domain.Cases.Layer.StructuralVariants) => "fusion",
        nameof(Domain.Cases.Layer.CopyNumber) => "CNA",
        nameof(Domain.Cases.Layer.Protein) => "IHC",
        _ => Layer(layer),
    };

    /// <summary>What the implication asks the clinician to do with its therapies.</summary>
    public static string Direction(Direction direction) => direction switch
    {
        Domain.Reports.Direction.Sensitive => "Benefit expected",
        Domain.Reports.Direction.Resistant => "Resistance",
        Domain.Reports.Direction.Avoid => "Avoid",
        Domain.Reports.Direction.ReduceDose => "Reduce dose",
        Domain.Reports.Direction.Alternative => "Choose an alternative",
        Domain.Reports.Direction.StandardDose => "Standard dose",
        Domain.Reports.Direction.Informative => "Informative",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction."),
    };

    /// <summary>The action in words: the dose instruction when there is one (it says more), else the direction.</summary>
    public static string Action(Implication implication)
    {
        ArgumentNullException.ThrowIfNull(implication);
        return implication.DoseAdjustment ?? Direction(implication.Direction);
    }

    /// <summary>The drugs of one implication as a regimen ("dabrafenib + trametinib"); none is said, not left blank.</summary>
    public static string Therapies(Implication implication)
    {
        ArgumentNullException.ThrowIfNull(implication);
        return Therapies(implication.Therapies);
    }

    public static string Therapies(IReadOnlyList<string> therapies) =>
        therapies.Count == 0 ? "no therapy named" : string.Join(" + ", therapies);

    public static string Sex(Sex sex) => sex switch
    {
        Domain.Cases.Sex.Female => "Female",
        Domain.Cases.Sex.Male => "Male",
        Domain.Cases.Sex.Other => "Other",
        _ => NotRecorded,
    };

    public static string PatientName(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return (string.IsNullOrWhiteSpace(patient.FamilyName), string.IsNullOrWhiteSpace(patient.GivenName)) switch
        {
            (false, false) => $"{patient.FamilyName}, {patient.GivenName}",
            (false, true) => patient.FamilyName!,
            (true, false) => patient.GivenName!,
            _ => $"Patient {patient.Id}",
        };
    }

    public const string NotRecorded = "not recorded";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? NotRecorded;

    public static string DateTime(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? NotRecorded;

    public static string Percent(double? fraction) => fraction is { } f ? (f * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : NotRecorded;

    public static string Vaf(double? vaf) => vaf is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    public static string Number(double? value, string format = "0.##") => value?.ToString(format, CultureInfo.InvariantCulture) ?? "–";

    /// <summary>A count with its noun in the right number: "1 gene", "3 genes", "0 warnings".</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:#,0} {(count == 1 ? singular : plural ?? singular + "s")}");

    /// <summary>
    /// The sentences that qualify an option, in the order a reader needs them: a condition on its tier, a
    /// contradiction that demoted it, where carried-over evidence comes from, and what the prior therapies mean.
    /// </summary>
    public static IEnumerable<string> TherapyNotes(Implication implication)
    {
        ArgumentNullException.ThrowIfNull(implication);
        if (implication.Condition is { } condition)
        {
            yield return $"Tier {implication.Tier} only if {condition}.";
        }

        if (implication.ContradictedBy is { } contradiction)
        {
            yield return implication.DemotedFrom is { } from
                ? $"Contradicted by {contradiction}; demoted from tier {from}."
                : $"Contradicted by {contradiction}.";
        }

        if (implication.CarriedOver)
        {
            yield return $"Approved for this biomarker in another tumour type: {string.Join("; ", implication.SourceTumorTypes)}.";
        }

        if (implication.PriorTherapy is { } prior)
        {
            yield return prior.Note;
        }
    }

    /// <summary>One option of the board's decision list: the regimen, its tier, and a mark when something pulls the other way.</summary>
    public static string BoardOption(Implication implication)
    {
        ArgumentNullException.ThrowIfNull(implication);
        var text = $"{implication.Biomarker} → {Therapies(implication)} (tier {implication.Tier}{(implication.Setting is { } s ? $", {s.Label}" : "")})";
        return implication.ContradictedBy is not null ? $"{text} — contradicted, see the report"
            : implication.Conflicts.Count > 0 ? $"{text} — conflict, see the report"
            : text;
    }

    /// <summary>
    /// Negatives below the QC policy, one sentence per reason ("Not reliably excluded: KRAS (SNV/indel) — tumour purity
    /// 15% is below 20%."): never a chip saying "assessed, not detected". Screen and paper print the same sentences.
    /// </summary>
    public static IReadOnlyList<string> UnreliableNegatives(OmicsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.PertinentNegatives.Where(n => !n.Reliable).GroupBy(n => n.Detail)
            .Select(g => $"Not reliably excluded: {string.Join(", ", g.Select(n => $"{n.Gene} ({ShortLayer(n.Layer)})"))} — " +
                         $"{g.Key?.Replace("not reliably excluded: ", string.Empty, StringComparison.Ordinal)}.")
            .ToList();
    }
}
