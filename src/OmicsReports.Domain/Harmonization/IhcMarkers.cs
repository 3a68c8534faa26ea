namespace OmicsReports.Domain.Harmonization;

/// <summary>
/// How a protein marker is scored: the scoring system a bare percentage means for it, and the cut-off a categorical
/// "positive" or "negative" stands for, each with the source that defines it. A rule still states its own
/// threshold; this table only reads what laboratories write.
/// </summary>
/// <param name="Name">Canonical marker name used in the case and in rules.</param>
/// <param name="Aliases">Other names laboratories use (compared on <see cref="VocabularyText"/> keys).</param>
/// <param name="DefaultScoring">The scoring system of a bare percentage, or null when a bare number is ambiguous.</param>
/// <param name="PositiveAtLeast">The value on <paramref name="DefaultScoring"/> from which the marker is positive, or null.</param>
/// <param name="Source">Where the scoring convention and cut-off come from.</param>
public sealed record IhcMarkerDefinition(string Name, IReadOnlyList<string> Aliases, string? DefaultScoring, double? PositiveAtLeast, string Source);

/// <summary>The protein markers with a scoring convention; other markers keep their names and explicit scoring systems.</summary>
public static class IhcMarkers
{
    /// <summary>Percentage of viable tumour cells with membrane staining of moderate or strong intensity (2+ or 3+).</summary>
    public const string ModerateOrStrongPercent = "PS2+";

    /// <summary>Percentage of tumour cells with strong (3+) membrane staining.</summary>
    public const string StrongPercent = "PS3+";

    /// <summary>Percentage of tumour nuclei stained, as ER and PR are reported.</summary>
    public const string NuclearPercent = "% nuclei";

    public static IReadOnlyList<IhcMarkerDefinition> All { get; } =
    [
        // Vyloy (zolbetuximab) FDA label, 2024, and the VENTANA CLDN18 (43-14A) RxDx Assay: CLDN18.2-positive means
        // at least 75% of tumour cells with moderate-to-strong membranous CLDN18 staining.
        new("CLDN18.2", ["CLDN18", "claudin 18.2", "claudin18.2", "claudin 18", "CLDN 18.2"], ModerateOrStrongPercent, 75,
            "Vyloy (zolbetuximab) FDA label, 2024; VENTANA CLDN18 (43-14A) RxDx Assay"),

        // Elahere (mirvetuximab soravtansine) FDA label, 2022, and the VENTANA FOLR1 (FOLR1-2.1) RxDx Assay:
        // FRα-positive means at least 75% of viable tumour cells with moderate and/or strong membrane staining.
        new("FRα", ["FRa", "FRalpha", "FR alpha", "FOLR1", "folate receptor alpha", "folate receptor α"], ModerateOrStrongPercent, 75,
            "Elahere (mirvetuximab soravtansine) FDA label, 2022; VENTANA FOLR1 (FOLR1-2.1) RxDx Assay"),

        // Emrelis (telisotuzumab vedotin) FDA label, 2025: high c-Met protein overexpression is at least 50% of tumour
        // cells with strong (3+) staining (VENTANA MET (SP44) RxDx). A bare "c-Met 60%" does not say which
        // intensity was counted, so it has no default scoring system.
        new("c-Met", ["cMET", "c MET", "MET protein", "cMet"], null, null,
            "Emrelis (telisotuzumab vedotin) FDA label, 2025; VENTANA MET (SP44) RxDx Assay"),

        // ASCO/CAP ER and PgR testing guideline update (Allison KH et al., J Clin Oncol 2020;38:1346-66, PMID
        // 31928404): negative when fewer than 1% of tumour nuclei stain; 1% to 100% is positive.
        new("ER", ["estrogen receptor", "oestrogen receptor", "ER alpha", "ERα"], NuclearPercent, 1,
            "ASCO/CAP ER and PgR testing guideline, 2020 (PMID 31928404)"),
        new("PR", ["PgR", "progesterone receptor"], NuclearPercent, 1,
            "ASCO/CAP ER and PgR testing guideline, 2020 (PMID 31928404)"),
    ];

    private static readonly Dictionary<string, IhcMarkerDefinition> ByKey = Index();

    /// <summary>The definition of a marker named <paramref name="name"/> in any listed spelling, or null.</summary>
    public static IhcMarkerDefinition? Find(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : ByKey.GetValueOrDefault(VocabularyText.Key(name));

    /// <summary>The canonical name of a listed marker, otherwise the name as written (trimmed).</summary>
    public static string Canonical(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Find(name)?.Name ?? name.Trim();
    }

    private static Dictionary<string, IhcMarkerDefinition> Index()
    {
        var index = new Dictionary<string, IhcMarkerDefinition>(StringComparer.Ordinal);
        foreach (var marker in All)
        {
            foreach (var name in marker.Aliases.Prepend(marker.Name))
            {
                index[VocabularyText.Key(name)] = marker;
            }
        }

        return index;
    }
}
