using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.CopyNumber;

/// <summary>
/// Discrete copy-number calls one gene × sample per row: cBioPortal's DISCRETE_LONG (Hugo_Symbol, Entrez_Gene_Id,
/// Sample_Id, Value) and oncokb-annotator's individual CNA list (Tumor_Sample_Barcode, Hugo_Symbol,
/// Copy_Number_Alteration, where numbers and words such as "Amplification" or "Loss" mix). Gives the same calls as
/// the wide layout of the same data.
/// </summary>
public sealed class DiscreteCnaLongReader : IFormatReader
{
    public string Format => "cna-discrete-long";

    public Detection Detect(FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var cbioportal = sniff.HeaderHas("Sample_Id", "Value") && (sniff.HeaderHas("Hugo_Symbol") || sniff.HeaderHas("Entrez_Gene_Id"));
        var oncokb = sniff.HeaderHas("Tumor_Sample_Barcode", "Hugo_Symbol", "Copy_Number_Alteration");
        return cbioportal || oncokb ? Detection.Header : Detection.No;
    }

    public Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var table = TabularReader.Open(file, session);
        if (table is null)
        {
            return Task.CompletedTask;
        }

        var sample = table.Require("Sample_Id", "Tumor_Sample_Barcode");
        var value = table.Require("Value", "Copy_Number_Alteration");
        var symbol = table.Find("Hugo_Symbol");
        var entrez = table.Find("Entrez_Gene_Id");
        if (symbol < 0 && entrez < 0)
        {
            table.Require("Hugo_Symbol");
        }

        if (sample < 0 || value < 0 || (symbol < 0 && entrez < 0))
        {
            return Task.CompletedTask;
        }

        var row = new TabularRow();
        var harmonizer = session.Harmonizer;
        while (table.Next(row))
        {
            var sampleId = table.Required(row, sample);
            var entrezId = table.LongNumber(row, entrez);
            var symbolText = row.Value(symbol);
            if (row.Invalid || sampleId is null)
            {
                continue;
            }

            var valueText = row.Value(value);
            if (valueText is null)
            {
                continue; // NA: not measured
            }

            if (harmonizer.CopyNumber(valueText) is not { } call)
            {
                table.Invalid(row, value, "not-a-call", $"'{valueText}' is not a copy-number call (-2..2, Amplification, Gain, Loss, Deletion).");
                continue;
            }

            if (symbolText is null && entrezId is null or 0)
            {
                table.Invalid(row, Math.Max(symbol, entrez), "missing-value", "The row names no gene (symbol and Entrez ID are empty).");
                continue;
            }

            if (session.Sample(sampleId, file, row.Line, sample + 1) is not { } builder)
            {
                continue;
            }

            var name = harmonizer.Gene(symbolText ?? string.Empty, entrezId is 0 ? null : entrezId);
            if (!name.Known)
            {
                builder.Warn(ImportProblem.Warning("unknown-gene", file.Name, row.Line, symbol + 1,
                    $"Gene '{name.Symbol}' is not a known HGNC symbol, previous symbol or alias; it is kept as written."));
            }

            builder.Coverage.Measured(Layer.CopyNumber, name.Symbol);
            if (call != CopyNumberCall.Neutral)
            {
                builder.AddCopyNumber(new CopyNumberAlteration
                {
                    Source = file.At(row.Line, value + 1),
                    Original = row.Describe(table.Header, symbol, entrez, value),
                    Notes = name.Note is { } note ? [note] : [],
                    Gene = name.Symbol,
                    Call = call,
                });
            }
        }

        return Task.CompletedTask;
    }
}
