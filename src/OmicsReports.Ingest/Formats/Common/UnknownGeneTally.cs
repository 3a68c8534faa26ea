using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Common;

/// <summary>
/// Collects gene names the gene table does not know while a large file is read, and reports them as one warning
/// at the end (with the first few names and lines) instead of one warning per row: an expression table of 19,000
/// genes would otherwise bury every other warning.
/// </summary>
internal sealed class UnknownGeneTally(InputFile file, string what)
{
    private const int Shown = 10;
    private readonly List<(string Name, int Line)> first = [];
    private readonly HashSet<string> names = new(StringComparer.Ordinal);
    private (int Line, int? Column)? at;

    public int Count => names.Count;

    public void Add(string name, int line, int? column)
    {
        if (!names.Add(name))
        {
            return;
        }

        at ??= (line, column);
        if (first.Count < Shown)
        {
            first.Add((name, line));
        }
    }

    /// <summary>Adds the summary warning to <paramref name="builder"/> when any name was unknown.</summary>
    public void Report(CaseBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (at is not { } where)
        {
            return;
        }

        var listed = string.Join(", ", first.Select(f => $"{f.Name} (line {f.Line})"));
        var more = names.Count > first.Count ? $" and {names.Count - first.Count} more" : string.Empty;
        builder.Warn(ImportProblem.Warning("unknown-gene", file.Name, where.Line, where.Column,
            $"{names.Count} {what} are not in the gene table (current HGNC symbols, previous symbols and aliases of the " +
            $"genes OmicsReports reports on) and are kept as written: {listed}{more}."));
    }
}
