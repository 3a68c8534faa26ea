namespace OmicsReports.Web.Features.Account;

/// <summary>The client's address as recorded in the audit trail.</summary>
internal static class RemoteAddress
{
    public static string Of(HttpContext? context) =>
        context?.Connection.RemoteIpAddress?.ToString() ?? string.Empty;
}
