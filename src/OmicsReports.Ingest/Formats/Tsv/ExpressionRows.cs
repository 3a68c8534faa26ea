using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Harmonizing;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Tsv;

/// <summary>
/// The values of one expression file by harmonized gene. When a row reaches a gene through an alias or previous
/// symbol and the file also lists that gene under its own symbol, the renamed row is most likely another gene whose
/// symbol the gene table lacks (EMB, embigin, is also an alias of XPO1): it is kept under the name as written, with
/// a warning, instead of overwriting or conflicting with the real row.
/// </summary>
internal sealed class ExpressionRows(InputFile file, CaseBuilder builder)
{
    private readonly Dictionary<string, (ExpressionValue Value, string Written, bool Renamed)> byGene = new(StringComparer.Ordinal);
    private readonly List<ExpressionValue> duplicates = [];

    public void Add(string written, GeneName name, ExpressionValue value)
    {
        var renamed = name.Note is not null;
        if (!byGene.TryGetValue(name.Symbol, out var existing))
        {
            byGene[name.Symbol] = (value, written, renamed);
            return;
        }

        if (existing.Renamed == renamed)
        {
            duplicates.Add(value); // the case builder keeps the first and warns when the values differ
            return;
        }

        var (aliasValue, aliasWritten) = renamed ? (value, written) : (existing.Value, existing.Written);
        if (!renamed)
        {
            byGene[name.Symbol] = (value, written, false);
        }

        var asWritten = aliasValue with { Gene = aliasWritten, Notes = [] };
        byGene.TryAdd(aliasWritten, (asWritten, aliasWritten, false));
        builder.Warn(ImportProblem.Warning("ambiguous-gene-symbol", file.Name, asWritten.Source.Line, asWritten.Source.Column,
            $"'{aliasWritten}' is a previous symbol or alias of {name.Symbol}, which this file also lists under its own symbol; " +
            $"'{aliasWritten}' is kept as written as a separate gene."));
    }

    public void AddTo(CaseBuilder target)
    {
        foreach (var (value, _, _) in byGene.Values)
        {
            target.Coverage.Measured(Layer.Expression, value.Gene);
            target.AddExpression(value);
        }

        duplicates.ForEach(target.AddExpression);
    }
}
