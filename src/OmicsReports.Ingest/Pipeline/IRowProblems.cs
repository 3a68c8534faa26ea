namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// Where a tabular reader reports rows it cannot use: the <see cref="ImportSession"/> itself, or a
/// <see cref="RecordedRowProblems"/> on a parsing thread that hands them to the session later, in row order.
/// </summary>
public interface IRowProblems
{
    /// <summary>A row that cannot be used (see <see cref="ImportSession.InvalidRow"/>).</summary>
    void InvalidRow(string code, InputFile file, int line, int? column, string message);

    /// <summary>True when reading should stop because enough errors were collected.</summary>
    bool ShouldStop { get; }
}
