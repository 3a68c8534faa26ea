using OmicsReports.Data.Cases;

namespace OmicsReports.Web.Features.Worklist;

/// <summary>
/// The sortable columns of the worklist. The grid reports a sort by the column's function; the server sorts by the
/// matching <see cref="WorklistSort"/>, so each function here stands for one database ordering and is never run.
/// </summary>
internal static class WorklistColumns
{
    public static readonly Func<WorklistRow, object> Patient = r => r.FamilyName;
    public static readonly Func<WorklistRow, object> Mrn = r => r.Mrn ?? string.Empty;
    public static readonly Func<WorklistRow, object> BirthDate = r => r.BirthDate ?? DateOnly.MinValue;
    public static readonly Func<WorklistRow, object> Sample = r => r.SampleId;
    public static readonly Func<WorklistRow, object> TumorType = r => r.TumorTypeName ?? string.Empty;
    public static readonly Func<WorklistRow, object> Status = r => r.Status;
    public static readonly Func<WorklistRow, object> Updated = r => r.UpdatedAt;

    private static readonly (WorklistSort Sort, Func<WorklistRow, object> Column)[] All =
    [
        (WorklistSort.Patient, Patient),
        (WorklistSort.Mrn, Mrn),
        (WorklistSort.BirthDate, BirthDate),
        (WorklistSort.SampleId, Sample),
        (WorklistSort.TumorType, TumorType),
        (WorklistSort.Status, Status),
        (WorklistSort.Updated, Updated),
    ];

    public static WorklistSort SortOf(Func<WorklistRow, object?>? column) =>
        All.FirstOrDefault(c => ReferenceEquals(c.Column, column)) is { Column: not null } match ? match.Sort : WorklistSort.Updated;
}
