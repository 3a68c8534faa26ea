using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization;

/// <summary>
/// Turns vocabulary readings into case-model findings, so that every importer fills them the same way and keeps
/// the original text and the harmonization note.
/// </summary>
public static class BiomarkerFindings
{
    public static TumorMutationalBurden ToFinding(this TmbReading reading, SourceLocation source, string original)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return new TumorMutationalBurden
        {
            Source = source,
            Original = original,
            MutationsPerMegabase = reading.MutationsPerMegabase,
            ReportedUnit = reading.ReportedUnit.Length > 0 ? reading.ReportedUnit : BiomarkerVocabulary.TmbUnit,
            Notes = NotesOf(reading.Note),
        };
    }

    public static MicrosatelliteInstability ToFinding(
        this MsiReading reading, SourceLocation source, string original, double? score = null, string? method = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return new MicrosatelliteInstability
        {
            Source = source,
            Original = original,
            Status = reading.Status,
            Score = score,
            Method = method,
            Notes = NotesOf(reading.Note),
        };
    }

    public static ProteinMarker ToFinding(this Her2Reading reading, SourceLocation source, string original, string? clone = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return new ProteinMarker
        {
            Source = source,
            Original = original,
            Marker = Her2Reading.Marker,
            AntibodyClone = clone,
            ScoringSystem = Her2Reading.ScoringSystem,
            Value = reading.Score,
            Category = reading.Category,
            Ish = reading.Ish,
            Notes = NotesOf(reading.Note),
        };
    }

    /// <summary>
    /// A PD-L1 finding. <see cref="ProteinMarker.Value"/> is set for exact values and lower bounds ("≥50%" is at
    /// least 50), and left empty for upper bounds ("&lt;1%"), which only <see cref="ProteinMarker.Category"/> shows:
    /// a threshold rule must never read "&lt;1%" as 1%.
    /// </summary>
    public static ProteinMarker ToFinding(this PdL1Reading reading, SourceLocation source, string original, string? clone = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var value = reading.Bound is ValueBound.Exact or ValueBound.AtLeast or ValueBound.GreaterThan ? reading.Value : null;
        return new ProteinMarker
        {
            Source = source,
            Original = original,
            Marker = PdL1Reading.Marker,
            AntibodyClone = clone,
            ScoringSystem = reading.ScoringSystem,
            Value = value,
            Category = reading.Category,
            Notes = NotesOf(reading.Note),
        };
    }

    /// <summary>
    /// A percentage-scored IHC finding (CLDN18.2, FRα, c-Met, ER, PR). The bound is kept as the comparator, so
    /// "&lt;1%" is an upper bound and "positive" (read as at or above the marker's cut-off) never becomes an exact value.
    /// </summary>
    public static ProteinMarker ToFinding(this IhcReading reading, SourceLocation source, string original, string? clone = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return new ProteinMarker
        {
            Source = source,
            Original = original,
            Marker = reading.Marker,
            AntibodyClone = clone,
            ScoringSystem = reading.ScoringSystem,
            Value = reading.Value,
            Comparator = reading.Bound switch
            {
                ValueBound.LessThan => ValueComparator.LessThan,
                ValueBound.AtMost => ValueComparator.LessThanOrEqual,
                ValueBound.GreaterThan => ValueComparator.GreaterThan,
                ValueBound.AtLeast => ValueComparator.GreaterThanOrEqual,
                _ => ValueComparator.Exact,
            },
            Category = reading.Category,
            Notes = NotesOf(reading.Note),
        };
    }

    private static HarmonizationNote[] NotesOf(HarmonizationNote? note) => note is null ? [] : [note];
}
