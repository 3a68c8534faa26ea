namespace OmicsReports.Ingest.Text;

/// <summary>Cell parsing with located errors: a bad cell is reported and marks its row invalid.</summary>
public sealed partial class TabularReader
{
    /// <summary>A cell that must hold a value; an empty cell invalidates the row.</summary>
    public string? Required(TabularRow row, int column)
    {
        ArgumentNullException.ThrowIfNull(row);
        var value = row.Value(column);
        if (value is null && column >= 0)
        {
            Invalid(row, column, "missing-value", $"Column {Header[column]} is empty; it needs a value.");
        }

        return value;
    }

    /// <summary>
    /// A chromosome cell, without "chr". A name no human genome has is a damaged or shifted cell (a garbled "1" reads
    /// "--3"), never a finding on an unknown sequence, so it invalidates the row like a number that does not parse.
    /// </summary>
    public string? Chromosome(TabularRow row, int column, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(row);
        var value = required ? Required(row, column) : row.Value(column);
        if (value is null)
        {
            return null;
        }

        if (!Chromosomes.IsHuman(value))
        {
            Invalid(row, column, "bad-chromosome", $"Column {Header[column]}: '{value}' is not a human chromosome ({Chromosomes.Expected}).");
            return null;
        }

        return Chromosomes.WithoutChr(value);
    }

    public double? Number(TabularRow row, int column)
    {
        ArgumentNullException.ThrowIfNull(row);
        var span = row.Span(column);
        if (Cells.IsMissing(span))
        {
            return null;
        }

        if (Cells.TryDouble(span, out var value))
        {
            return value;
        }

        Invalid(row, column, "not-a-number", $"Column {Header[column]}: '{span}' is not a number.");
        return null;
    }

    public int? WholeNumber(TabularRow row, int column)
    {
        ArgumentNullException.ThrowIfNull(row);
        var span = row.Span(column);
        if (span.Equals("NaN", StringComparison.OrdinalIgnoreCase))
        {
            // "NaN" marks a missing z-score, but a count or a position is never "not a number": the cell is damaged.
            Invalid(row, column, "not-a-number", $"Column {Header[column]}: 'NaN' is not a whole number.");
            return null;
        }

        if (Cells.IsMissing(span))
        {
            return null;
        }

        if (Cells.TryInt(span, out var value))
        {
            return value;
        }

        Invalid(row, column, "not-a-number", $"Column {Header[column]}: '{span}' is not a whole number.");
        return null;
    }

    public long? LongNumber(TabularRow row, int column)
    {
        ArgumentNullException.ThrowIfNull(row);
        var span = row.Span(column);
        if (span.Equals("NaN", StringComparison.OrdinalIgnoreCase))
        {
            // "NaN" marks a missing z-score, but a count or a position is never "not a number": the cell is damaged.
            Invalid(row, column, "not-a-number", $"Column {Header[column]}: 'NaN' is not a whole number.");
            return null;
        }

        if (Cells.IsMissing(span))
        {
            return null;
        }

        if (Cells.TryLong(span, out var value))
        {
            return value;
        }

        Invalid(row, column, "not-a-number", $"Column {Header[column]}: '{span}' is not a whole number.");
        return null;
    }

    /// <summary>Reports a bad cell (skipped row under --skip-invalid) and marks the row invalid.</summary>
    public void Invalid(TabularRow row, int column, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(row);
        row.Invalid = true;
        RowProblems.InvalidRow(code, file, row.Line, column >= 0 ? column + 1 : null, message);
    }
}
