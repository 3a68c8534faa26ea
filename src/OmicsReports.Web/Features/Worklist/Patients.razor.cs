using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using OmicsReports.Data.Cases;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Web.Features.Worklist;

/// <summary>
/// The worklist: every case with its newest report, searched, filtered, sorted and paged on the server. The view lives
/// in the address bar (see <see cref="WorklistView"/>): each change replaces the address, and an address that changes
/// under the page (Back, the navigation link) is shown.
/// </summary>
public sealed partial class Patients : IDisposable
{
    private MudDataGrid<WorklistRow> grid = default!;
    private bool leaving;
    private IReadOnlyList<TumorTypeOption> tumorTypes = [];
    private WorklistView view = new();
    private WorklistView? initial;
    private string? published;
    private int currentPage;
    private int gridKey;
    private bool showBirthDates;
    private string countText = "Loading…";

    [Inject]
    private CaseWorklist Worklist { get; set; } = default!;

    [Inject]
    private WorklistState State { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private IJSObjectReference? addressModule;

    [SupplyParameterFromQuery(Name = "q")]
    public string? Query { get; set; }

    [SupplyParameterFromQuery(Name = "status")]
    public string? StatusParameter { get; set; }

    [SupplyParameterFromQuery(Name = "type")]
    public string? TypeParameter { get; set; }

    [SupplyParameterFromQuery(Name = "sort")]
    public string? SortParameter { get; set; }

    [SupplyParameterFromQuery(Name = "dir")]
    public string? DirectionParameter { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    public int? PageParameter { get; set; }

    protected override async Task OnInitializedAsync() => tumorTypes = await Worklist.TumorTypesAsync();

    public void Dispose()
    {
        leaving = true;
        if (addressModule is not null)
        {
            _ = addressModule.DisposeAsync().AsTask().ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    protected override void OnParametersSet()
    {
        var requested = WorklistView.Parse(Query, StatusParameter, TypeParameter, SortParameter, DirectionParameter, PageParameter);
        if (initial is null)
        {
            // The grid reads the initial sort from its columns and the page from CurrentPage on its first load.
            (initial, view, currentPage) = (requested, requested, requested.Page);
            State.Remember(view);
        }
        else if (requested != view && requested.Href != published)
        {
            // The address changed under the page (Back, a link): a new grid shows what it names, sort included.
            (initial, view, currentPage) = (requested, requested, requested.Page);
            gridKey++;
        }
    }

    private SortDirection Initial(WorklistSort sort) =>
        initial is { } first && first.Sort == sort ? first.Descending ? SortDirection.Descending : SortDirection.Ascending : SortDirection.None;

    private async Task<GridData<WorklistRow>> LoadAsync(GridState<WorklistRow> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var (by, descending) = sort is null ? (WorklistSort.Updated, true) : (WorklistColumns.SortOf(sort.SortFunc), sort.Descending);
        view = view with { Sort = by, Descending = descending, Page = state.Page };
        var page = await Worklist.SearchAsync(view.ToQuery(), cancellationToken);
        countText = ReportText.Count(page.Total, "case");
        StateHasChanged(); // the count above the grid belongs to this page, which the grid's load does not redraw
        _ = PublishAsync(); // the address is a convenience: the rows never wait for it
        return new GridData<WorklistRow> { Items = page.Rows, TotalItems = page.Total };
    }

    private Task SearchChangedAsync(string? text) => ChangeAsync(view with { Search = string.IsNullOrWhiteSpace(text) ? null : text, Page = 0 });

    private Task StatusChangedAsync(string? value) =>
        ChangeAsync(view with { Status = Enum.TryParse<Data.Reports.ReportStatus>(value, out var status) ? status : null, Page = 0 });

    private Task TumorTypeChangedAsync(string? value) => ChangeAsync(view with { TumorType = string.IsNullOrEmpty(value) ? null : value, Page = 0 });

    private async Task ChangeAsync(WorklistView changed)
    {
        (view, currentPage) = (changed, changed.Page);
        await grid.ReloadServerData();
    }

    // Replaces the address rather than adding to the history: Back leaves the worklist, and returns to this view. The
    // browser writes it (Patients.razor.js) and only while the worklist is still shown: a navigation from the server
    // could land after a row was clicked and take the person back to the worklist.
    private async Task PublishAsync()
    {
        if (leaving)
        {
            return;
        }

        State.Remember(view);
        if (string.Equals(published, view.Href, StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            addressModule ??= await JS.InvokeAsync<IJSObjectReference>("import", "./Features/Worklist/Patients.razor.js");
            await addressModule.InvokeVoidAsync("replaceAddress", view.Href);
            published = view.Href;
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            // The circuit is gone or the browser refused: the list stays right, only its address is not updated.
        }
    }
}
