using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization;

public static partial class BiomarkerVocabulary
{
    // Keys are VocabularyText keys. cBioPortal's MSI_TYPE writes Stable / Instable / Indeterminate / "Do not
    // report"; the LOINC answers for MSI (81695-9) are LA14122-8 Stable, LA14123-6 Instable, LA26202-4 MSI-L,
    // LA26203-2 MSI-H and LA11884-6 Indeterminate.
    private static readonly Dictionary<string, MsiStatus> MsiWords = new(StringComparer.Ordinal)
    {
        ["msi h"] = MsiStatus.High,
        ["msih"] = MsiStatus.High,
        ["msi high"] = MsiStatus.High,
        ["high"] = MsiStatus.High,
        ["instable"] = MsiStatus.High,
        ["unstable"] = MsiStatus.High,
        ["microsatellite instability high"] = MsiStatus.High,
        ["microsatellite unstable"] = MsiStatus.High,
        ["microsatellite instable"] = MsiStatus.High,
        ["la26203 2"] = MsiStatus.High,
        ["la14123 6"] = MsiStatus.High,
        ["msi l"] = MsiStatus.Low,
        ["msil"] = MsiStatus.Low,
        ["msi low"] = MsiStatus.Low,
        ["low"] = MsiStatus.Low,
        ["microsatellite instability low"] = MsiStatus.Low,
        ["la26202 4"] = MsiStatus.Low,
        ["mss"] = MsiStatus.Stable,
        ["stable"] = MsiStatus.Stable,
        ["microsatellite stable"] = MsiStatus.Stable,
        ["ms stable"] = MsiStatus.Stable,
        ["la14122 8"] = MsiStatus.Stable,
        ["indeterminate"] = MsiStatus.Indeterminate,
        ["equivocal"] = MsiStatus.Indeterminate,
        ["inconclusive"] = MsiStatus.Indeterminate,
        ["la11884 6"] = MsiStatus.Indeterminate,
    };

    /// <summary>The canonical wording of each status, used in notes and on screen.</summary>
    public static string MsiLabel(MsiStatus status) => status switch
    {
        MsiStatus.High => "MSI-H",
        MsiStatus.Low => "MSI-L",
        MsiStatus.Stable => "MSS",
        _ => "Indeterminate",
    };

    /// <summary>
    /// MSI words to one status. "Do not report", "NA", "unknown" and words not listed give null: the caller warns
    /// (and the MSI layer is then not assessed, never "stable").
    /// </summary>
    public static MsiReading? Msi(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !MsiWords.TryGetValue(VocabularyText.Key(text), out var status))
        {
            return null;
        }

        var original = text.Trim();
        var label = MsiLabel(status);
        var note = string.Equals(original, label, StringComparison.Ordinal)
            ? null
            : new HarmonizationNote("MSI status", original, label, "MSI wording");
        return new MsiReading(status, note);
    }
}
