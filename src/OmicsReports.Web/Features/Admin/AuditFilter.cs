using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using OmicsReports.Data.Audit;

namespace OmicsReports.Web.Features.Admin;

/// <summary>The audit page's filters, turned into a query for the page and into the address of the CSV export.</summary>
public sealed record AuditFilter(
    string? Patient = null, string? User = null, string? Action = null, string? Record = null, DateOnly? From = null, DateOnly? To = null)
{
    public const string ExportPath = "/api/admin/audit.csv";

    /// <summary>The query for one page; <see cref="To"/> is inclusive, so the query ends the day after.</summary>
    public AuditQuery ToQuery(int skip = 0, int take = 50) => new(
        Blank(User), Blank(Action), Blank(Record), Start(From), Start(To?.AddDays(1)), skip, take, Blank(Patient));

    /// <summary>The CSV export of exactly these filters.</summary>
    public string ExportHref => QueryHelpers.AddQueryString(ExportPath, new Dictionary<string, string?>
    {
        ["patient"] = Blank(Patient),
        ["user"] = Blank(User),
        ["action"] = Blank(Action),
        ["record"] = Blank(Record),
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null));

    public static AuditFilter Parse(string? patient, string? user, string? action, string? record, string? from, string? to) =>
        new(Blank(patient), Blank(user), Blank(action), Blank(record), Date(from), Date(to));

    /// <summary>The filters in words, recorded with the export so the audit trail says what left the system.</summary>
    public string Describe()
    {
        var parts = new[]
        {
            Blank(Patient) is { } p ? $"patient \"{p}\"" : null,
            Blank(User) is { } u ? $"user \"{u}\"" : null,
            Blank(Action) is { } a ? $"action {a}" : null,
            Blank(Record) is { } r ? $"record {r}" : null,
            From is { } f ? $"from {f:yyyy-MM-dd}" : null,
            To is { } t ? $"to {t:yyyy-MM-dd}" : null,
        }.OfType<string>().ToList();
        return parts.Count == 0 ? "no filter" : string.Join(", ", parts);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static DateTimeOffset? Start(DateOnly? day) => day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
}
