namespace OmicsReports.Domain.Cases;

public enum ProblemSeverity
{
    /// <summary>The import was refused: nothing is stored.</summary>
    Error,

    /// <summary>The import went ahead; the case and its report show the warning.</summary>
    Warning,
}

/// <summary>
/// A located problem with an input: file, 1-based line (0 when it concerns the whole file), column where it
/// applies, and what is wrong in words a laboratory scientist can act on.
/// </summary>
/// <param name="Code">Stable machine-readable code, e.g. "column-count", "unknown-gene", "retired-oncotree-code".</param>
public sealed record ImportProblem(
    ProblemSeverity Severity,
    string Code,
    string File,
    int Line,
    int? Column,
    string Message)
{
    public static ImportProblem Error(string code, string file, int line, int? column, string message) =>
        new(ProblemSeverity.Error, code, file, line, column, message);

    public static ImportProblem Warning(string code, string file, int line, int? column, string message) =>
        new(ProblemSeverity.Warning, code, file, line, column, message);

    /// <summary>"data_mutations.maf:12:5: error: ..." as compilers print it.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? (Column is { } c ? $"{File}:{Line}:{c}" : $"{File}:{Line}") : File;
        return $"{where}: {Severity.ToString().ToLowerInvariant()}: {Message}";
    }
}
