using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Serialization;

namespace OmicsReports.Data.Reports;

/// <summary>Writes and reads the stored snapshots in the one JSON shape of <see cref="OmicsJson"/>.</summary>
public static class ReportSnapshots
{
    /// <summary>
    /// <see cref="OmicsJson.Compact"/> plus a reader for <c>IReadOnlySet&lt;string&gt;</c> (panel gene lists), which
    /// System.Text.Json writes as an array but cannot read back on its own. Writing is unchanged.
    /// </summary>
    private static readonly JsonSerializerOptions Reading = CreateReading();

    public static string Serialize(OmicsCase omicsCase) => JsonSerializer.Serialize(omicsCase, OmicsJson.Compact);

    public static string Serialize(OmicsReport report) => JsonSerializer.Serialize(report, OmicsJson.Compact);

    public static OmicsCase ReadCase(string json) =>
        JsonSerializer.Deserialize<OmicsCase>(json, Reading) ?? throw new JsonException("The case snapshot is empty.");

    public static OmicsReport ReadReport(string json) =>
        JsonSerializer.Deserialize<OmicsReport>(json, Reading) ?? throw new JsonException("The report snapshot is empty.");

    private static JsonSerializerOptions CreateReading()
    {
        var options = new JsonSerializerOptions(OmicsJson.Compact);
        options.Converters.Add(new ReadOnlySetConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Sha256(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    /// <summary>
    /// The strongest implication for the worklist: the engine ranks implications (tier, evidence, specificity), so
    /// the first tumour-targeted one that is not hidden wins; pharmacogenomic alerts come after therapies.
    /// </summary>
    public static Implication? TopImplication(OmicsReport report, IReadOnlySet<int>? hidden = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var visible = report.Implications.Select((imp, i) => (imp, i)).Where(x => hidden is null || !hidden.Contains(x.i)).Select(x => x.imp).ToList();
        return visible.FirstOrDefault(i => i.Kind == ImplicationKind.Therapeutic && i.Direction == Direction.Sensitive)
            ?? visible.FirstOrDefault(i => i.Kind == ImplicationKind.Therapeutic)
            ?? visible.FirstOrDefault();
    }

    /// <summary>"BRAF V600E: dabrafenib + trametinib", or a plain statement when nothing is actionable.</summary>
    public static string TopFindingText(OmicsReport report, IReadOnlySet<int>? hidden = null)
    {
        var top = TopImplication(report, hidden);
        if (top is null)
        {
            return "No therapeutic or pharmacogenomic implication";
        }

        var text = top.Therapies.Count == 0 ? top.Biomarker : $"{top.Biomarker}: {string.Join(" + ", top.Therapies)}";
        return text.Length <= 256 ? text : text[..255] + "…";
    }
}
