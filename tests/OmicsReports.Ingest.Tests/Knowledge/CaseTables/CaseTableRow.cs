namespace OmicsReports.Ingest.Tests.Knowledge.CaseTables;

/// <summary>One row of a clinical case table: a patient, what was tested, what was found, what the report must say.</summary>
public sealed record CaseTableRow(
    string File,
    int Line,
    string Id,
    string TumorType,
    string Specimen,
    string Tested,
    string Findings,
    string Expected)
{
    /// <summary>"nsclc.md:14 NSCLC-03" for test names and failure messages.</summary>
    public override string ToString() => $"{File}:{Line} {Id}";
}
