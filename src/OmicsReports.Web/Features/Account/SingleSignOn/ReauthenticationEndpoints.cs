using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;

namespace OmicsReports.Web.Features.Account.SingleSignOn;

/// <summary>
/// Signing a report with a single-sign-on account: the sign dialog posts here; the provider is asked for a fresh
/// login (<c>prompt=login</c>, <c>max_age=0</c>); on return the same person and a fresh <c>auth_time</c> are checked,
/// and the signature is made. 21 CFR Part 11 asks that each signature identify the signer again; this is how an
/// account without a local password does it.
/// </summary>
internal static class ReauthenticationEndpoints
{
    private const string Requested = "omics.requested";
    private const string VersionItem = "omics.version";
    private const string RevisionItem = "omics.revision";
    private const string ReturnItem = "omics.return";

    public static IEndpointRouteBuilder MapReauthentication(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Reauthenticate", StartAsync).RequireAuthorization(Policies.SignReports);
        endpoints.MapGet("/Account/Reauthenticate/Complete", CompleteAsync).RequireAuthorization(Policies.SignReports);
        return endpoints;
    }

    private static async Task<IResult> StartAsync(HttpContext context, IAntiforgery antiforgery, ExternalProviders providers, TimeProvider clock)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var provider = providers.Find(context.User.FindFirstValue(ClaimTypes.AuthenticationMethod));
        if (!await antiforgery.IsRequestValidAsync(context) || provider is null ||
            !Guid.TryParse(form["versionId"], out var versionId) || !Guid.TryParse(form["revision"], out var revision))
        {
            return TypedResults.BadRequest();
        }

        var back = form["returnUrl"].ToString();
        back = IdentityRedirects.IsLocal(back) ? back : "/";
        if (form["attested"] != "true")
        {
            return TypedResults.LocalRedirect(WithOutcome(back, ProviderSigning.NotAttested));
        }

        var properties = new AuthenticationProperties { RedirectUri = "/Account/Hop?to=" + Uri.EscapeDataString("/Account/Reauthenticate/Complete") };
        properties.Items["LoginProvider"] = provider.Scheme;
        properties.Items[ExternalSignInEvents.ReauthenticationItem] = "1";
        properties.Items[Requested] = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        properties.Items[VersionItem] = versionId.ToString();
        properties.Items[RevisionItem] = revision.ToString();
        properties.Items[ReturnItem] = back;
        return TypedResults.Challenge(properties, [provider.Scheme]);
    }

    private static async Task<IResult> CompleteAsync(
        HttpContext context, ExternalProviders providers, UserManager<OmicsUser> users, ReportSignOut signOut, TimeProvider clock)
    {
        var result = await context.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        var items = result.Properties?.Items;
        var provider = providers.Find(context.User.FindFirstValue(ClaimTypes.AuthenticationMethod));
        if (!result.Succeeded || items is null || provider is null || !items.ContainsKey(ExternalSignInEvents.ReauthenticationItem) ||
            Item(items, "LoginProvider") != provider.Scheme ||
            !Guid.TryParse(Item(items, VersionItem), out var versionId) || !Guid.TryParse(Item(items, RevisionItem), out var revision) ||
            !long.TryParse(Item(items, Requested), CultureInfo.InvariantCulture, out var requested))
        {
            return TypedResults.LocalRedirect("/");
        }

        var back = Item(items, ReturnItem) ?? "/";
        var signer = await users.FindByLoginAsync(provider.Scheme, ExternalAccounts.Key(result.Principal!, provider));
        var check = ReauthenticationCheck.Evaluate(
            samePerson: signer is not null && signer.Id == context.User.FindFirstValue(ClaimTypes.NameIdentifier),
            authTime: result.Principal!.FindFirstValue("auth_time"),
            requestedAt: DateTimeOffset.FromUnixTimeSeconds(requested),
            now: clock.GetUtcNow(),
            maxAge: TimeSpan.FromSeconds(providers.Options.ReauthenticationMaxAgeSeconds));
        if (check.Problem is { } problem)
        {
            return ExternalSignInEndpoints.Hop(WithOutcome(back, problem));
        }

        var actor = new Actor(context.User, RemoteAddress.Of(context));
        var signed = await signOut.SignAsync(actor, versionId, revision,
            new SignatureRequest(string.Empty, null, AttestationConfirmed: true, new ProviderReauthentication(provider.DisplayName, check.AuthenticatedAt!.Value)),
            context.RequestAborted);
        return ExternalSignInEndpoints.Hop(WithOutcome(back, signed.Succeeded ? ProviderSigning.Completed : ProviderSigning.Refused));
    }

    private static string? Item(IDictionary<string, string?> items, string key) => items.TryGetValue(key, out var value) ? value : null;

    private static string WithOutcome(string back, string outcome) =>
        back + (back.Contains('?', StringComparison.Ordinal) ? "&" : "?") + ProviderSigning.QueryName + "=" + outcome;
}
