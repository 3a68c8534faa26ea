namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// Row problems found on a parsing thread, kept until the thread that owns the <see cref="ImportSession"/> replays
/// them in row order, so the session (which is not thread-safe) sees exactly what a single-threaded read would tell it.
/// </summary>
public sealed class RecordedRowProblems : IRowProblems
{
    private readonly ImportOptions options;
    private readonly int errorsBefore;
    private List<RowProblem> pending = [];
    private int counted;

    /// <param name="errorsBefore">The session's errors when parsing started.</param>
    public RecordedRowProblems(ImportOptions options, int errorsBefore)
    {
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.errorsBefore = errorsBefore;
    }

    /// <summary>
    /// Stops no earlier than a single-threaded read would: it counts only the problems that are errors whichever
    /// sample the row names (a wrong column count), a lower bound of what the session will hold at this row.
    /// </summary>
    public bool ShouldStop => !options.SkipInvalid && errorsBefore + counted >= options.MaxErrors;

    public void InvalidRow(string code, InputFile file, int line, int? column, string message)
    {
        pending.Add(new RowProblem(code, file, line, column, message));
        counted += code == ColumnCount ? 1 : 0;
    }

    /// <summary>The problems recorded since the last call (null when none), for one row's replay.</summary>
    public IReadOnlyList<RowProblem>? Take()
    {
        if (pending.Count == 0)
        {
            return null;
        }

        var taken = pending;
        pending = [];
        return taken;
    }

    /// <summary>The code <see cref="Text.TabularReader.Next"/> reports a row of the wrong width with.</summary>
    public const string ColumnCount = "column-count";

    /// <summary>One recorded problem, replayed with <see cref="Replay"/>.</summary>
    public sealed record RowProblem(string Code, InputFile File, int Line, int? Column, string Message);

    /// <summary>
    /// Hands <paramref name="problems"/> to the session in order; false when the session then says to stop after a
    /// wrong column count, the point where <see cref="Text.TabularReader.Next"/> stops a single-threaded read.
    /// </summary>
    public static bool Replay(IReadOnlyList<RowProblem>? problems, ImportSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        foreach (var p in problems ?? [])
        {
            session.InvalidRow(p.Code, p.File, p.Line, p.Column, p.Message);
            if (p.Code == ColumnCount && session.ShouldStop)
            {
                return false;
            }
        }

        return true;
    }
}
