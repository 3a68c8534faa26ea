using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Matrix;

/// <summary>What the numbers of a continuous gene × sample matrix mean; a cBioPortal meta file says which.</summary>
public enum MatrixKind
{
    /// <summary>LOG2-VALUE copy number: annotates the discrete calls of the same gene.</summary>
    Log2CopyNumber,

    /// <summary>CONTINUOUS mRNA expression.</summary>
    Expression,

    /// <summary>Z-SCORE mRNA expression, relative to a reference population.</summary>
    ExpressionZScore,

    /// <summary>PROTEIN_LEVEL (RPPA or mass spectrometry) values, rows "GENE|ANTIBODY".</summary>
    Protein,

    /// <summary>PROTEIN_LEVEL z-scores.</summary>
    ProteinZScore,
}

/// <summary>
/// Continuous gene × sample matrices. The header alone cannot tell log2 ratios from expression or z-scores, so this
/// reader is not offered for loose files: a cBioPortal meta file's datatype picks the <see cref="MatrixKind"/>.
/// </summary>
/// <param name="kind">What the values mean.</param>
/// <param name="unit">Expression unit or protein assay ("RPPA", "mass spectrometry"), from the meta file.</param>
/// <param name="reference">What a z-score is relative to, from the meta file's description.</param>
public sealed class ContinuousMatrixReader(MatrixKind kind, string? unit = null, string? reference = null) : IFormatReader
{
    public string Format => kind switch
    {
        MatrixKind.Log2CopyNumber => "cna-log2",
        MatrixKind.Expression => "expression",
        MatrixKind.ExpressionZScore => "expression-zscore",
        MatrixKind.Protein => "protein-level",
        _ => "protein-zscore",
    };

    public Detection Detect(FileSniff sniff) => Detection.No;

    public Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var matrix = GeneMatrix.Open(file, session);
        if (matrix is null)
        {
            return Task.CompletedTask;
        }

        using var table = matrix.Table;
        var row = new TabularRow();
        while (table.Next(row))
        {
            var gene = matrix.Gene(row, session.Harmonizer, out var name);
            if (gene is null)
            {
                continue;
            }

            if (!name.Known)
            {
                matrix.WarnUnknownGene(row, name);
            }

            for (var i = 0; i < matrix.Builders.Count; i++)
            {
                var column = matrix.FirstSampleColumn + i;
                if (matrix.Builders[i] is { } builder && table.Number(row, column) is { } value)
                {
                    Add(builder, file.At(row.Line, column + 1), row, matrix, gene, name.Note, value);
                }
            }
        }

        return Task.CompletedTask;
    }

    private void Add(CaseBuilder builder, SourceLocation at, TabularRow row, GeneMatrix matrix, string gene, HarmonizationNote? note, double value)
    {
        var label = row.Raw(Math.Max(matrix.SymbolColumn, matrix.EntrezColumn));
        var original = $"{label}: {builder.SampleId}={value.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        IReadOnlyList<HarmonizationNote> notes = note is null ? [] : [note];
        switch (kind)
        {
            case MatrixKind.Log2CopyNumber:
                builder.AddLog2Ratio(gene, value);
                break;
            case MatrixKind.Expression or MatrixKind.ExpressionZScore:
                builder.Coverage.Measured(Layer.Expression, gene);
                builder.AddExpression(new ExpressionValue
                {
                    Source = at, Original = original, Notes = notes, Gene = gene,
                    Value = kind == MatrixKind.Expression ? value : null,
                    Unit = kind == MatrixKind.Expression ? unit : null,
                    ZScore = kind == MatrixKind.ExpressionZScore ? value : null,
                    ZScoreReference = kind == MatrixKind.ExpressionZScore ? reference : null,
                });
                break;
            default:
                var bar = label.IndexOf('|', StringComparison.Ordinal);
                builder.Coverage.Measured(Layer.Protein, gene);
                builder.AddProtein(new ProteinMarker
                {
                    Source = at, Original = original, Notes = notes, Marker = gene,
                    AntibodyClone = bar >= 0 ? label[(bar + 1)..] : null,
                    ScoringSystem = (unit ?? "RPPA") + (kind == MatrixKind.ProteinZScore ? " z-score" : string.Empty),
                    Value = value,
                });
                break;
        }
    }
}
