namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// Reads one kind of file into the <see cref="ImportSession"/>. A reader is stateless between files: everything it
/// learns goes into the session (per-sample <see cref="CaseBuilder"/>s, located problems). Readers never throw for bad
/// input; they report <see cref="Domain.Cases.ImportProblem"/>s and go on, so that one run lists every problem.
/// </summary>
public interface IFormatReader
{
    /// <summary>Stable, lower-case format name shown to users and recorded on the case's sources, e.g. "maf".</summary>
    string Format { get; }

    /// <summary>
    /// Readers run in ascending order within one import. Clinical files use <see cref="ReaderOrder.Clinical"/> so
    /// that the samples they declare are known before data files name samples.
    /// </summary>
    int Order => ReaderOrder.Data;

    /// <summary>How sure this reader is that it can read the file, judged from its name and first lines only.</summary>
    Detection Detect(FileSniff sniff);

    /// <summary>Reads the whole file into the session. Streams: never holds the file's text in memory at once.</summary>
    Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken);
}

/// <summary>
/// Reads a folder that is one unit, such as a cBioPortal study whose meta files decide how each data file is parsed.
/// The importer offers every folder to the folder readers first; a folder no one claims is read file by file.
/// </summary>
public interface IFolderReader
{
    string Format { get; }

    bool Claims(string folder);

    Task ReadAsync(string folder, ImportSession session, CancellationToken cancellationToken);
}

/// <summary>Conventional values of <see cref="IFormatReader.Order"/>.</summary>
public static class ReaderOrder
{
    /// <summary>Clinical and sample-declaring files.</summary>
    public const int Clinical = 0;

    /// <summary>Gene panels and other files that qualify data without being data.</summary>
    public const int Definitions = 10;

    /// <summary>Everything else.</summary>
    public const int Data = 100;
}

/// <summary>
/// A reader's confidence that a file is its format. The importer picks the highest; a tie between two readers at
/// the top is reported as an ambiguous file rather than guessed.
/// </summary>
public enum Detection
{
    /// <summary>Not this format.</summary>
    No = 0,

    /// <summary>Only the file name or extension suggests it.</summary>
    Name = 1,

    /// <summary>The header has the columns (or JSON properties) this format needs.</summary>
    Header = 2,

    /// <summary>An explicit signature: "##fileformat=VCF", "#version 2.4", a "resourceType": "Bundle".</summary>
    Signature = 3,
}
