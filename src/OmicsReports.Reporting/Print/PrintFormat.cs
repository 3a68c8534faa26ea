using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Reporting.Print;

/// <summary>
/// How the printed report writes names, dates and states. Dates are ISO 8601 so that no reader confuses 03/04 in an
/// EHR that serves several countries.
/// </summary>
public static class PrintFormat
{
    public const string DraftMark = "DRAFT — NOT FOR CLINICAL USE";

    public const string NotRecorded = "not recorded";

    /// <summary>"FAMILY, Given" as wristbands and EHR banners print it; the source's patient id when no name is known.</summary>
    public static string PatientName(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return (patient.FamilyName, patient.GivenName) switch
        {
            ({ Length: > 0 } family, { Length: > 0 } given) => $"{family.ToUpperInvariant()}, {given}",
            ({ Length: > 0 } family, _) => family.ToUpperInvariant(),
            (_, { Length: > 0 } given) => given,
            _ => $"Patient {patient.Id}",
        };
    }

    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? NotRecorded;

    /// <summary>"2026-11-21 10:15 UTC", or with the offset when the time is not in UTC.</summary>
    public static string Timestamp(DateTimeOffset time)
    {
        var clock = time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return time.Offset == TimeSpan.Zero ? $"{clock} UTC" : $"{clock} UTC{time.ToString("zzz", CultureInfo.InvariantCulture)}";
    }

    public static string Percent(double? fraction) =>
        fraction is { } f ? (f * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %" : NotRecorded;

    public static string Number(double? value, string format = "0.##") =>
        value?.ToString(format, CultureInfo.InvariantCulture) ?? NotRecorded;

    /// <summary>What the footer says about the version's state.</summary>
    public static string StatusLabel(PrintStatus status) => status switch
    {
        PrintStatus.Draft => "DRAFT (unsigned)",
        PrintStatus.Final => "FINAL (signed)",
        PrintStatus.Amended => "AMENDED (signed)",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown report status."),
    };

    /// <summary>The layer name a clinician reads; the model's layer strings are the <see cref="Layer"/> names.</summary>
    public static string LayerName(string layer) => Enum.TryParse<Layer>(layer, out var known) ? LayerName(known) : layer;

    public static string LayerName(Layer layer) => layer switch
    {
        Layer.SmallVariants => "Small variants (SNVs and indels)",
        Layer.CopyNumber => "Copy number",
        Layer.StructuralVariants => "Structural variants and fusions",
        Layer.Expression => "Expression",
        Layer.Protein => "Protein (IHC)",
        Layer.Tmb => "Tumour mutational burden",
        Layer.Msi => "Microsatellite instability",
        Layer.Pharmacogenomics => "Pharmacogenomics",
        Layer.Hrd => "Homologous recombination deficiency",
        Layer.Hla => "HLA genotype",
        _ => layer.ToString(),
    };

    /// <summary>What the implication asks the clinician to do, in words.</summary>
    public static string DirectionLabel(Direction direction) => direction switch
    {
        Direction.Sensitive => "Benefit expected",
        Direction.Resistant => "Resistance",
        Direction.Avoid => "Avoid",
        Direction.ReduceDose => "Reduce dose",
        Direction.Alternative => "Choose an alternative",
        Direction.StandardDose => "Standard dose",
        Direction.Informative => "Informative",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction."),
    };

    /// <summary>The action in words: the dose adjustment when there is one (it says more), else the direction.</summary>
    public static string Action(Implication implication)
    {
        ArgumentNullException.ThrowIfNull(implication);
        return implication.DoseAdjustment ?? DirectionLabel(implication.Direction);
    }

    /// <summary>Therapies as a readable list; an empty list says so rather than printing nothing.</summary>
    public static string Therapies(IReadOnlyList<string> therapies) =>
        therapies.Count == 0 ? "no therapy named" : string.Join(" + ", therapies);
}
