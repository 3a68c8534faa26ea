using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Vcf;

/// <summary>
/// One VCF data line split into its fixed fields (CHROM, POS, ID, REF, ALT, QUAL, FILTER, INFO), FORMAT and the
/// sample columns. Structural faults (column count, a CHROM no human genome has, POS that is not a number, no REF) are reported as invalid rows.
/// </summary>
internal sealed class VcfRecord
{
    public const int FirstSampleColumn = 9;

    private readonly string[] fields;
    private string[]? formatKeys;
    private string[]? infoParts;

    private VcfRecord(string[] fields, int line, long position)
    {
        this.fields = fields;
        Line = line;
        Position = position;
        Alternates = fields[4] is "." or "" ? [] : fields[4].Split(',');
    }

    public int Line { get; }

    public string Chromosome => fields[0];

    public long Position { get; }

    public string Reference => fields[3];

    public IReadOnlyList<string> Alternates { get; }

    public string Filter => fields[6];

    public string Info => fields[7];

    /// <summary>Parses a data line; null (with the problem reported) when the line cannot be a VCF record.</summary>
    public static VcfRecord? Parse(string text, int line, int columns, InputFile file, ImportSession session)
    {
        var fields = text.TrimEnd('\r').Split('\t');
        if (fields.Length != columns)
        {
            session.InvalidRow("column-count", file, line, Math.Min(fields.Length, columns) + 1,
                $"The record has {fields.Length} columns but the #CHROM header has {columns}.");
            return null;
        }

        if (!Chromosomes.IsHuman(fields[0]))
        {
            session.InvalidRow("bad-chromosome", file, line, 1, $"CHROM '{fields[0]}' is not a human chromosome ({Chromosomes.Expected}).");
            return null;
        }

        if (!Cells.TryLong(fields[1], out var position) || position < 0)
        {
            session.InvalidRow("not-a-number", file, line, 2, $"POS '{fields[1]}' is not a position (a whole number).");
            return null;
        }

        if (fields[3] is "" or ".")
        {
            session.InvalidRow("missing-value", file, line, 4, "REF is empty; a VCF record needs its reference allele.");
            return null;
        }

        return new VcfRecord(fields, line, position);
    }

    /// <summary>The value of an INFO key, "" for a flag, null when absent.</summary>
    public string? InfoValue(string key)
    {
        foreach (var part in infoParts ??= Info.Split(';'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            if (name == key)
            {
                return equals < 0 ? string.Empty : part[(equals + 1)..];
            }
        }

        return null;
    }

    /// <summary>
    /// The FORMAT values of one sample (0-based among the sample columns) keyed by FORMAT name; null with an invalid
    /// row reported when the sample has more values than FORMAT names. Trailing values may be dropped (VCF 4.2).
    /// </summary>
    public SampleValues? Sample(int index, InputFile file, ImportSession session)
    {
        if (fields.Length <= FirstSampleColumn + index)
        {
            return new SampleValues([], []);
        }

        formatKeys ??= fields[8].Split(':');
        var values = fields[FirstSampleColumn + index].Split(':');
        if (values.Length > formatKeys.Length)
        {
            session.InvalidRow("column-count", file, Line, FirstSampleColumn + index + 1,
                $"The sample column has {values.Length} values but FORMAT names {formatKeys.Length} ({fields[8]}).");
            return null;
        }

        return new SampleValues(formatKeys, values);
    }
}

/// <summary>One sample's FORMAT values by name; "." and absent values read as null.</summary>
internal sealed class SampleValues(string[] keys, string[] values)
{
    public string? this[string key]
    {
        get
        {
            var index = Array.IndexOf(keys, key);
            return index < 0 || index >= values.Length || values[index] is "." or "" ? null : values[index];
        }
    }
}
