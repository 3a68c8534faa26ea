using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OmicsReports.Data.Identity;

namespace OmicsReports.Web.Features.Account;

/// <summary>
/// Keeps a circuit's user in step with the account. When this app instance ends the account's sessions (sign-out,
/// password, two-factor or role change) the circuit checks at once; every minute it checks anyway, which covers other
/// instances and lockouts. A failed check signs the circuit out, and the page sends the browser to the sign-in page.
/// </summary>
internal sealed class RevalidatingIdentityStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private static readonly AuthenticationState SignedOut = new(new ClaimsPrincipal(new ClaimsIdentity()));
    private readonly IServiceScopeFactory scopes;
    private readonly IOptions<IdentityOptions> options;
    private readonly SessionRevocations revocations;
    private bool following;

    public RevalidatingIdentityStateProvider(
        ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> options, SessionRevocations revocations)
        : base(loggerFactory)
    {
        (this.scopes, this.options, this.revocations) = (scopes, options, revocations);
    }

    /// <summary>
    /// Starts listening for ended sessions; called when a circuit opens (<see cref="SessionCircuitHandler"/>). A
    /// server-rendered request must not listen: a page that changes the password ends the old stamp in mid-render.
    /// </summary>
    public void FollowSessionEnds()
    {
        if (!following)
        {
            following = true;
            revocations.Ended += OnSessionsEnded;
        }
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OmicsUser>>();
        return await IsStillValidAsync(users, authenticationState.User);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && following)
        {
            revocations.Ended -= OnSessionsEnded;
        }

        base.Dispose(disposing);
    }

    private void OnSessionsEnded(string userId) => _ = CheckNowAsync(userId);

    private async Task CheckNowAsync(string userId)
    {
        try
        {
            var state = await GetAuthenticationStateAsync();
            if (state.User.FindFirstValue(options.Value.ClaimsIdentity.UserIdClaimType) != userId ||
                await ValidateAuthenticationStateAsync(state, CancellationToken.None))
            {
                return;
            }

            SetAuthenticationState(Task.FromResult(SignedOut));
        }
        catch (ObjectDisposedException)
        {
            // The circuit closed meanwhile: nothing is left to sign out.
        }
    }

    private async Task<bool> IsStillValidAsync(UserManager<OmicsUser> users, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
