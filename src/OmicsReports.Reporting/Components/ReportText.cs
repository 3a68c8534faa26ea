using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Reporting.Components;

/// <summary>The words the report components use for enum values and identities; one place for screen and print.</summary>
public static class ReportText
{
    public static string Layer(Layer layer) => layer switch
    {
        Domain.Cases.Layer.SmallVariants => "Small variants",
        Domain.Cases.Layer.CopyNumber => "Copy number",
        Domain.Cases.Layer.StructuralVariants => "Fusions and structural variants",
        Domain.Cases.Layer.Expression => "Expression",
        Domain.Cases.Layer.Protein => "Protein / IHC",
        Domain.Cases.Layer.Tmb => "Tumour mutational burden",
        Domain.Cases.Layer.Msi => "Microsatellite instability",
        Domain.Cases.Layer.Pharmacogenomics => "Pharmacogenomics",
        Domain.Cases.Layer.Hrd => "Homologous recombination deficiency (HRD)",
        Domain.Cases.Layer.Hla => "HLA genotype",
        _ => layer.ToString(),
    };

    /// <summary>Layer names as the report model writes them ("SmallVariants").</summary>
    public static string Layer(string layer) => Enum.TryParse<Layer>(layer, ignoreCase: true, out var parsed) ? Layer(parsed) : layer;

    public static string Direction(Direction direction) => direction switch
    {
        Domain.Reports.Direction.Sensitive => "Sensitive",
        Domain.Reports.Direction.Resistant => "Resistance",
        Domain.Reports.Direction.Avoid => "Avoid",
        Domain.Reports.Direction.ReduceDose => "Reduce dose",
        Domain.Reports.Direction.Alternative => "Choose an alternative",
        Domain.Reports.Direction.StandardDose => "Standard dose",
        Domain.Reports.Direction.Informative => "Informative",
        _ => direction.ToString(),
    };

    public static string Sex(Sex sex) => sex switch
    {
        Domain.Cases.Sex.Female => "Female",
        Domain.Cases.Sex.Male => "Male",
        Domain.Cases.Sex.Other => "Other",
        _ => "Not recorded",
    };

    public static string PatientName(Patient patient) =>
        (string.IsNullOrWhiteSpace(patient.FamilyName), string.IsNullOrWhiteSpace(patient.GivenName)) switch
        {
            (false, false) => $"{patient.FamilyName}, {patient.GivenName}",
            (false, true) => patient.FamilyName!,
            (true, false) => patient.GivenName!,
            _ => $"Patient {patient.Id}",
        };

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "not recorded";

    public static string DateTime(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "not recorded";

    public static string Percent(double? fraction) => fraction is { } f ? (f * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "not recorded";

    public static string Vaf(double? vaf) => vaf is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    public static string Therapies(Implication implication) => string.Join(" + ", implication.Therapies);

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
}
