using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace OmicsReports.Web.Features.Account;

/// <summary>Makes each new circuit's authentication state follow ended sessions of its account.</summary>
internal sealed class SessionCircuitHandler(AuthenticationStateProvider authentication) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        (authentication as RevalidatingIdentityStateProvider)?.FollowSessionEnds();
        return Task.CompletedTask;
    }
}
