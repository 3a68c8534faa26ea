using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Harmonizing;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Matrix;

/// <summary>
/// A gene × sample matrix (cBioPortal wide CNA, log2, expression, z-scores, RPPA; GISTIC all_thresholded): one or
/// more identifier columns, then one column per sample. Each sample column is resolved to its case once, from the
/// header, so a row costs one pass over its cells.
/// </summary>
public sealed class GeneMatrix
{
    /// <summary>Columns that identify the row rather than hold a sample's value.</summary>
    public static readonly string[] IdentifierColumns =
        ["Hugo_Symbol", "Entrez_Gene_Id", "Gene Symbol", "Locus ID", "Cytoband", "Composite.Element.REF"];

    private GeneMatrix(TabularReader table, int symbol, int entrez, int firstSample, CaseBuilder?[] builders)
    {
        Table = table;
        SymbolColumn = symbol;
        EntrezColumn = entrez;
        FirstSampleColumn = firstSample;
        Builders = builders;
    }

    public TabularReader Table { get; }

    public int SymbolColumn { get; }

    public int EntrezColumn { get; }

    public int FirstSampleColumn { get; }

    /// <summary>The case of each column from <see cref="FirstSampleColumn"/> on; null for samples to skip.</summary>
    public IReadOnlyList<CaseBuilder?> Builders { get; }

    /// <summary>Reads the header; null (with the error recorded) when no gene column exists.</summary>
    public static GeneMatrix? Open(InputFile file, ImportSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var table = TabularReader.Open(file, session);
        if (table is null)
        {
            return null;
        }

        var symbol = table.Find("Hugo_Symbol", "Gene Symbol", "Composite.Element.REF");
        var entrez = table.Find("Entrez_Gene_Id", "Locus ID");
        if (symbol < 0 && entrez < 0)
        {
            table.Require("Hugo_Symbol", "Entrez_Gene_Id");
            table.Dispose();
            return null;
        }

        var firstSample = 0;
        while (firstSample < table.Header.Count && IdentifierColumns.Contains(table.Header[firstSample], StringComparer.OrdinalIgnoreCase))
        {
            firstSample++;
        }

        var builders = new CaseBuilder?[table.Header.Count - firstSample];
        for (var i = 0; i < builders.Length; i++)
        {
            var column = firstSample + i;
            builders[i] = session.Sample(table.Header[column], file, table.HeaderLine, column + 1);
        }

        return new GeneMatrix(table, symbol, entrez, firstSample, builders);
    }

    /// <summary>
    /// The row's gene, harmonized, or null when the row has neither symbol nor Entrez ID (reported). An unknown
    /// symbol is returned as written; <paramref name="name"/> says so.
    /// </summary>
    public string? Gene(TabularRow row, Harmonizer harmonizer, out GeneName name)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(harmonizer);
        var text = row.Value(SymbolColumn);
        // RPPA rows are "GENE|ANTIBODY" (several genes as "AKT1 AKT2 AKT3|Akt"); the gene part is before the bar.
        var bar = text?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        var symbol = bar >= 0 ? text![..bar].Split(' ')[0] : text;
        var entrez = Table.LongNumber(row, EntrezColumn);
        name = default;
        if (row.Invalid)
        {
            return null;
        }

        if (symbol is null && entrez is null or 0)
        {
            Table.Invalid(row, Math.Max(SymbolColumn, 0), "missing-value", "The row names no gene (symbol and Entrez ID are empty).");
            return null;
        }

        name = harmonizer.Gene(symbol ?? string.Empty, entrez is 0 ? null : entrez);
        return name.Symbol.Length > 0 ? name.Symbol : null;
    }

    /// <summary>Warns each sample of the row about an unknown gene (a row is one gene for every sample).</summary>
    public void WarnUnknownGene(TabularRow row, GeneName name)
    {
        ArgumentNullException.ThrowIfNull(row);
        foreach (var builder in Builders)
        {
            builder?.Warn(ImportProblem.Warning("unknown-gene", Table.File.Name, row.Line, SymbolColumn + 1,
                $"Gene '{name.Symbol}' is not a known HGNC symbol, previous symbol or alias; it is kept as written."));
        }
    }
}
