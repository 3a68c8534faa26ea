using System.Text.Json;
using OmicsReports.Domain.Serialization;

namespace OmicsReports.Data.Reports;

/// <summary>
/// A pathologist's decision to hide one implication of a version's report. The engine's output is untouched: the
/// decision names the implication by its position in that version's immutable report and keeps its biomarker text
/// so a reader of the record knows what was hidden.
/// </summary>
/// <param name="Index">Position of the implication in the version's report.</param>
public sealed record HiddenImplication(int Index, string Biomarker, string Reason, string HiddenBy, DateTimeOffset HiddenAt)
{
    public static IReadOnlyList<HiddenImplication> Parse(string json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<HiddenImplication>>(json, OmicsJson.Compact) ?? [];

    public static string Serialize(IEnumerable<HiddenImplication> hidden) =>
        JsonSerializer.Serialize(hidden.OrderBy(h => h.Index).ToList(), OmicsJson.Compact);
}
