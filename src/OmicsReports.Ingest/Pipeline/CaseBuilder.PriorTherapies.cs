using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// Prior therapies: unknown until a source states them (a bundle's "priorTherapies", FHIR MedicationStatements, a
/// cBioPortal PRIOR_THERAPIES attribute, or --prior-therapy); a source that states an empty list makes the case
/// known to be treatment-naive. The same drug from two sources is kept once.
/// </summary>
public sealed partial class CaseBuilder
{
    private List<PriorTherapy>? priorTherapies;

    /// <summary>The prior therapies read so far; null while no source has stated any.</summary>
    public IReadOnlyList<PriorTherapy>? PriorTherapies => priorTherapies;

    /// <summary>Records that prior therapies are known, adding these (possibly none).</summary>
    public void AddPriorTherapies(IEnumerable<PriorTherapy> therapies)
    {
        ArgumentNullException.ThrowIfNull(therapies);
        priorTherapies ??= [];
        foreach (var therapy in therapies.Where(t => !priorTherapies.Any(p => string.Equals(p.Drug, t.Drug, StringComparison.Ordinal))))
        {
            priorTherapies.Add(therapy);
        }
    }

    /// <summary>Lower-case generic drug name, as the knowledge base writes drugs: trimmed, inner spaces kept.</summary>
    public static string DrugName(string text) =>
        string.Join(' ', (text ?? throw new ArgumentNullException(nameof(text))).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToLowerInvariant();
}
