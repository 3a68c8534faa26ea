using Microsoft.AspNetCore.Components.Authorization;
using OmicsReports.Data.Reports;

namespace OmicsReports.Web.Features.Shared;

/// <summary>
/// Who is using this circuit and from where. The address is taken from the HTTP request that started the page
/// (Routes receives it from App) because an interactive circuit has no HttpContext to ask later.
/// </summary>
internal sealed class ClientContext(AuthenticationStateProvider authentication)
{
    public string RemoteAddress { get; set; } = string.Empty;

    public async Task<Actor> ActorAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return new Actor(state.User, RemoteAddress);
    }
}
