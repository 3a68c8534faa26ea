using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Reference;

/// <summary>The rows read from one shipped reference table, and what was wrong with it (file, line, column).</summary>
public sealed record ReferenceTable<T>(IReadOnlyList<T> Rows, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>"# key: value" lines of the table's preamble, e.g. its release or version.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>
    /// The rows, or an exception listing every located error: a broken shipped table is a deployment fault that
    /// must stop the program with a message, not be imported half-way.
    /// </summary>
    public IReadOnlyList<T> RowsOrThrow()
    {
        if (HasErrors)
        {
            throw new InvalidDataException(string.Join(Environment.NewLine, Problems.Select(p => p.ToString())));
        }

        return Rows;
    }
}
