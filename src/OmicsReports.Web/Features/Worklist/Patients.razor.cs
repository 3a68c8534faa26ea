using Microsoft.AspNetCore.Components;
using OmicsReports.Data.Cases;
using OmicsReports.Data.Reports;
using Radzen;
using Radzen.Blazor;

namespace OmicsReports.Web.Features.Worklist;

/// <summary>The worklist: every case with its newest report, searched, filtered, sorted and paged on the server.</summary>
public partial class Patients
{
    private RadzenDataGrid<WorklistRow> grid = default!;
    private IReadOnlyList<WorklistRow>? rows; // null until the first load: the grid then asks LoadData for page 1
    private IReadOnlyList<TumorTypeOption> tumorTypes = [];
    private int total;
    private bool loading;
    private bool showBirthDates;
    private string? search;
    private ReportStatus? status;
    private string? tumorType;
    private string countText = "Loading…";

    protected override async Task OnInitializedAsync() => tumorTypes = await Worklist.TumorTypesAsync();

    private async Task LoadAsync(LoadDataArgs args)
    {
        loading = true;
        var sort = args.Sorts?.FirstOrDefault();
        var sortBy = sort?.Property switch
        {
            nameof(WorklistRow.FamilyName) => WorklistSort.Patient,
            nameof(WorklistRow.Mrn) => WorklistSort.Mrn,
            nameof(WorklistRow.BirthDate) => WorklistSort.BirthDate,
            nameof(WorklistRow.SampleId) => WorklistSort.SampleId,
            nameof(WorklistRow.TumorTypeName) => WorklistSort.TumorType,
            nameof(WorklistRow.Status) => WorklistSort.Status,
            _ => WorklistSort.Updated,
        };
        var descending = sort is null || sort.SortOrder == SortOrder.Descending;
        var query = new WorklistQuery(search, status is { } s ? [s] : null, tumorType, sortBy, descending, args.Skip ?? 0, args.Top ?? 25);
        var page = await Worklist.SearchAsync(query);
        rows = page.Rows;
        total = page.Total;
        countText = total == 1 ? "1 case" : $"{total} cases";
        loading = false;
    }

    private async Task SearchChangedAsync(ChangeEventArgs e)
    {
        search = e.Value?.ToString();
        await grid.FirstPage(true);
    }

    private async Task StatusChangedAsync(ChangeEventArgs e)
    {
        status = Enum.TryParse<ReportStatus>(e.Value?.ToString(), out var parsed) ? parsed : null;
        await grid.FirstPage(true);
    }

    private async Task TumorTypeChangedAsync(ChangeEventArgs e)
    {
        tumorType = string.IsNullOrEmpty(e.Value?.ToString()) ? null : e.Value.ToString();
        await grid.FirstPage(true);
    }
}
