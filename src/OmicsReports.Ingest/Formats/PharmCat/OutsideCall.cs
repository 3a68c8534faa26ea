using System.Globalization;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.PharmCat;

/// <summary>One line of an outside-call file: gene, and at least one of diplotype, phenotype and activity score.</summary>
internal sealed record OutsideCall(int Line, string Text, string Gene, string? Diplotype, string? Phenotype, double? ActivityScore)
{
    public static OutsideCall? Parse(string text, int line, InputFile file, ImportSession session)
    {
        var fields = text.Split('\t').Select(f => f.Trim()).ToArray();
        if (fields.Length > 4)
        {
            session.InvalidRow("column-count", file, line, 5, $"An outside call has at most 4 fields (gene, diplotype, phenotype, activity score); this line has {fields.Length}.");
            return null;
        }

        string? Field(int i) => i < fields.Length && fields[i].Length > 0 ? fields[i] : null;
        if (Field(0) is not { } gene)
        {
            session.InvalidRow("missing-value", file, line, 1, "The gene symbol (first field) is empty.");
            return null;
        }

        if (Field(1) is null && Field(2) is null && Field(3) is null)
        {
            session.InvalidRow("missing-value", file, line, 2, $"The line names {gene} but gives no diplotype, phenotype or activity score.");
            return null;
        }

        // The format has no header, so shifted fields can only be told by their content: a diplotype that repeats the
        // gene, or a phenotype written like a diplotype ("*1/*3"), means a field was lost or repeated.
        if (string.Equals(Field(1), gene, StringComparison.OrdinalIgnoreCase) || Field(2) is { } phenotype && LooksLikeDiplotype(phenotype))
        {
            session.InvalidRow("column-shift", file, line, Field(2) is not null && LooksLikeDiplotype(Field(2)!) ? 3 : 2,
                "The fields look shifted (a diplotype where the phenotype belongs, or the gene repeated); expected gene, diplotype, phenotype, activity score.");
            return null;
        }

        double? score = null;
        if (Field(3) is { } activity && !IsBoundedScore(activity))
        {
            if (!double.TryParse(activity, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
            {
                session.InvalidRow("not-a-number", file, line, 4, $"Activity score '{activity}' is not a number.");
                return null;
            }

            score = value;
        }

        return new OutsideCall(line, text, gene, Field(1), Field(2), score);
    }

    private static bool LooksLikeDiplotype(string text) =>
        text.Contains('/', StringComparison.Ordinal) && text.Split('/') is [var a, var b] && a.Trim().StartsWith('*') && b.Trim().StartsWith('*');

    /// <summary>CPIC bins some CYP2D6 scores as "≥6.0"; such a bound is kept in the original text, not as a number.</summary>
    private static bool IsBoundedScore(string text) => text.StartsWith('≥') || text.StartsWith(">=", StringComparison.Ordinal);
}
