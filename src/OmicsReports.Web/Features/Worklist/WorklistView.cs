using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using OmicsReports.Data.Cases;
using OmicsReports.Data.Reports;

namespace OmicsReports.Web.Features.Worklist;

/// <summary>
/// What the worklist shows: search, filters, sort and page, as they stand in the address bar
/// (<c>/patients?q=muller&amp;status=InReview&amp;sort=patient&amp;dir=asc&amp;page=2</c>), so that Back, a bookmark
/// and the navigation link bring the same list back.
/// </summary>
public sealed record WorklistView(
    string? Search = null,
    ReportStatus? Status = null,
    string? TumorType = null,
    WorklistSort Sort = WorklistSort.Updated,
    bool Descending = true,
    int Page = 0)
{
    public const int PageSize = 25;

    public const string Path = "/patients";

    private static readonly Dictionary<string, WorklistSort> SortNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["patient"] = WorklistSort.Patient,
        ["mrn"] = WorklistSort.Mrn,
        ["dob"] = WorklistSort.BirthDate,
        ["sample"] = WorklistSort.SampleId,
        ["tumour"] = WorklistSort.TumorType,
        ["status"] = WorklistSort.Status,
        ["updated"] = WorklistSort.Updated,
    };

    /// <summary>Reads the query parameters; anything unknown or malformed falls back to the default.</summary>
    public static WorklistView Parse(string? search, string? status, string? type, string? sort, string? dir, int? page) => new(
        string.IsNullOrWhiteSpace(search) ? null : search,
        Enum.TryParse<ReportStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null,
        string.IsNullOrWhiteSpace(type) ? null : type,
        sort is not null && SortNames.TryGetValue(sort, out var by) ? by : WorklistSort.Updated,
        !string.Equals(dir, "asc", StringComparison.OrdinalIgnoreCase),
        page is > 1 ? page.Value - 1 : 0);

    /// <summary>The address of this view; the defaults are left out, so the plain list is plain <c>/patients</c>.</summary>
    public string Href
    {
        get
        {
            var query = new Dictionary<string, string?>();
            if (Search is not null)
            {
                query["q"] = Search;
            }

            if (Status is { } status)
            {
                query["status"] = status.ToString();
            }

            if (TumorType is not null)
            {
                query["type"] = TumorType;
            }

            if (Sort != WorklistSort.Updated || !Descending)
            {
                query["sort"] = SortNames.First(p => p.Value == Sort).Key;
                query["dir"] = Descending ? "desc" : "asc";
            }

            if (Page > 0)
            {
                query["page"] = (Page + 1).ToString(CultureInfo.InvariantCulture);
            }

            return QueryHelpers.AddQueryString(Path, query);
        }
    }

    public WorklistQuery ToQuery() =>
        new(Search, Status is { } s ? [s] : null, TumorType, Sort, Descending, Page * PageSize, PageSize);
}
