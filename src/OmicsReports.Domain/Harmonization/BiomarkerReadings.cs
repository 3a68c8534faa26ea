using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization;

/// <summary>TMB in mutations per megabase, with the unit the file used ("" when it gave none).</summary>
public sealed record TmbReading(double MutationsPerMegabase, string ReportedUnit, HarmonizationNote? Note);

/// <summary>An MSI status on the one scale, with a note when the file worded it differently.</summary>
public sealed record MsiReading(MsiStatus Status, HarmonizationNote? Note);

/// <summary>Which kind of HER2 IHC 0 a laboratory reported: HER2-ultralow has faint membrane staining, HER2-null none.</summary>
public enum Her2Zero
{
    /// <summary>IHC 0 without saying whether membrane staining was seen.</summary>
    Unspecified,

    /// <summary>IHC 0 without membrane staining.</summary>
    Null,

    /// <summary>IHC 0 with membrane staining (trastuzumab deruxtecan FDA label, 2025).</summary>
    Ultralow,
}

/// <summary>HER2 IHC on the 0 / 1+ / 2+ / 3+ scale, with the ISH result when one was given.</summary>
public sealed record Her2Reading(int Score, IshResult Ish, HarmonizationNote? Note)
{
    public const string Marker = "HER2";
    public const string ScoringSystem = "IHC score";

    /// <summary>For IHC 0, whether membrane staining was seen (ultralow) or not (null), when the report says.</summary>
    public Her2Zero Zero { get; init; }

    /// <summary>"0", "0 (null)", "0 (ultralow)", "1+", "2+" or "3+".</summary>
    public string Category => (Score, Zero) switch
    {
        (0, Her2Zero.Ultralow) => "0 (ultralow)",
        (0, Her2Zero.Null) => "0 (null)",
        (0, _) => "0",
        _ => $"{Score}+",
    };
}

/// <summary>How a reported number bounds the true value: "60%" is exact, "&lt;1%" an upper bound.</summary>
public enum ValueBound
{
    Exact,
    LessThan,
    AtMost,
    GreaterThan,
    AtLeast,
}

/// <summary>
/// A PD-L1 result on one scoring system: "TPS", "CPS", "IC", "TC", or "unspecified" when the file did not say.
/// <see cref="Value"/> is null for a purely categorical reading ("positive").
/// </summary>
public sealed record PdL1Reading(string ScoringSystem, double? Value, ValueBound Bound, string Category, HarmonizationNote? Note)
{
    public const string Marker = "PD-L1";
    public const string Unspecified = "unspecified";

    /// <summary>
    /// Whether the true value is at least <paramref name="threshold"/>: true or false when the reading decides it,
    /// null when it cannot (a bound on the wrong side, or no number).
    /// </summary>
    public bool? MeetsAtLeast(double threshold) => (Value, Bound) switch
    {
        (null, _) => null,
        ({ } v, ValueBound.Exact) => v >= threshold,
        ({ } v, ValueBound.AtLeast or ValueBound.GreaterThan) when v >= threshold => true,
        ({ } v, ValueBound.LessThan) when v <= threshold => false,
        ({ } v, ValueBound.AtMost) when v < threshold => false,
        _ => null,
    };
}

/// <summary>A pharmacogenomic phenotype in CPIC's standard wording.</summary>
public sealed record PhenotypeReading(string Phenotype, HarmonizationNote? Note);

/// <summary>
/// A percentage-scored IHC result (CLDN18.2, FRα, c-Met, ER, PR): the canonical marker, the scoring system ("PS2+",
/// "PS3+", "% nuclei" or "unspecified"), the value with its bound, and the category when the text was categorical.
/// </summary>
public sealed record IhcReading(string Marker, string ScoringSystem, double? Value, ValueBound Bound, string? Category, HarmonizationNote? Note)
{
    public const string Unspecified = "unspecified";
}
