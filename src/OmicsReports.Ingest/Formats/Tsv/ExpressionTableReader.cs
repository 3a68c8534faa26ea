using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Formats.Common;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Tsv;

/// <summary>
/// One sample's gene expression: a gene column and a value column whose name is the unit (PCGR's
/// gene_expression.tsv: TargetID, TPM). Symbols are harmonized (aliases, previous symbols); names the gene table
/// does not know are kept and summarised in one warning. Every gene with a value counts as measured.
/// </summary>
public sealed class ExpressionTableReader : IFormatReader
{
    private static readonly string[] GeneColumns = ["TargetID", "Gene", "GeneSymbol", "Gene_Symbol", "gene_name", "Symbol", "Hugo_Symbol"];

    private static readonly string[] UnitColumns = ["TPM", "FPKM", "FPKM-UQ", "RPKM", "CPM"];

    public string Format => "expression-table";

    public Detection Detect(FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var header = sniff.HeaderColumns();
        var gene = header.Any(h => GeneColumns.Contains(h, StringComparer.OrdinalIgnoreCase));
        var unit = header.Count(h => UnitColumns.Contains(h, StringComparer.OrdinalIgnoreCase)) == 1;
        var perSample = sniff.HeaderHas("Tumor_Sample_Barcode") || sniff.HeaderHas("Sample_Id") || sniff.HeaderHas("Entrez_Gene_Id");
        return gene && unit && !perSample ? Detection.Header : Detection.No;
    }

    public Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(session);
        using var table = TabularReader.Open(file, session);
        if (table is null)
        {
            return Task.CompletedTask;
        }

        var (gene, value) = (table.Require(GeneColumns), table.Require(UnitColumns));
        if (gene < 0 || value < 0)
        {
            return Task.CompletedTask;
        }

        var unit = table.Header[value];
        var builder = session.Unnamed(file);
        var unknown = new UnknownGeneTally(file, "expression gene symbols");
        var values = new ExpressionRows(file, builder);
        var row = new TabularRow();
        while (table.Next(row))
        {
            if ((row.Line & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var symbol = table.Required(row, gene);
            var number = table.Number(row, value);
            if (row.Invalid || symbol is null)
            {
                continue;
            }

            var name = session.Harmonizer.Gene(symbol);
            if (!name.Known)
            {
                unknown.Add(symbol, row.Line, gene + 1);
            }

            if (number is not null)
            {
                // NA means not measured: neither a value nor a tested gene.
                values.Add(symbol, name, new ExpressionValue
                {
                    Source = file.At(row.Line, gene + 1),
                    Original = row.Describe(table.Header, gene, value),
                    Notes = name.Note is null ? [] : [name.Note],
                    Gene = name.Symbol,
                    Value = number,
                    Unit = unit,
                });
            }
        }

        values.AddTo(builder);
        unknown.Report(builder);
        return Task.CompletedTask;
    }
}
