using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Maf;

/// <summary>
/// One MAF row as the parsing thread left it, waiting to be given to its sample in file order.
/// </summary>
/// <param name="Line">The row's line; 0 for problems found after the last row.</param>
/// <param name="Leading">Problems before the sample is known (rows of the wrong width skipped before it, an empty sample cell).</param>
/// <param name="SampleId">The Tumor_Sample_Barcode, null when empty.</param>
/// <param name="Mapped">False when the sample is not one the import asked for, so the row was not read further.</param>
/// <param name="Variant">The variant, null when the row held none or a cell was invalid.</param>
/// <param name="Invalid">True when a cell was invalid and reported: the row is skipped.</param>
/// <param name="CellProblems">Problems in the row's cells, reported only when the sample takes the row.</param>
/// <param name="Notes">Warnings and the genome build for the sample.</param>
internal sealed record MafParsedRow(
    int Line,
    IReadOnlyList<RecordedRowProblems.RowProblem>? Leading,
    string? SampleId,
    bool Mapped,
    SmallVariant? Variant,
    bool Invalid,
    IReadOnlyList<RecordedRowProblems.RowProblem>? CellProblems,
    MafRowNotes? Notes);
