using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Sso;

/// <summary>
/// The app as a hospital runs it: Production, behind a TLS proxy, single sign-on only. The provider is never reached
/// here (its discovery document is fetched only when someone signs in).
/// </summary>
public sealed class ProductionSsoFactory : OmicsWebFactory
{
    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Omics:Demo:Seed", "false");
        builder.UseSetting("Omics:Pdf:WarmUpOnStart", "false");
        builder.UseSetting("Omics:Sso:LocalAccounts", "false");
        builder.UseSetting("Omics:Sso:Providers:0:Name", "hospital");
        builder.UseSetting("Omics:Sso:Providers:0:DisplayName", "Hospital sign-in");
        builder.UseSetting("Omics:Sso:Providers:0:Authority", "https://idp.hospital.example/realms/clinic");
        builder.UseSetting("Omics:Sso:Providers:0:ClientId", "omics");
        builder.UseSetting("Omics:Sso:Providers:0:Roles:omics-pathologists", "Pathologist");
    }
}

public sealed class ProductionSsoTests(ProductionSsoFactory app) : IClassFixture<ProductionSsoFactory>
{
    [Fact]
    public async Task LocalAccountsOff_SignInPageOffersOnlyTheProvider()
    {
        using var client = new SignInClient(app.BaseAddress);

        var page = WebUtility.HtmlDecode(await client.Http.GetStringAsync("/Account/Login"));

        Assert.Contains("Sign in with Hospital sign-in", page, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"password\"", page, StringComparison.Ordinal);
        Assert.Contains("action=\"/Account/External/oidc-hospital?returnUrl=%2F\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocalAccountsOff_APasswordNeitherSignsInNorSigns()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var stored = await app.StoreCaseAsync();
        using var client = new SignInClient(app.BaseAddress);

        var response = await client.SignInAsync(pathologist.UserName, TestActors.Password);
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var revision = await db.ReportVersions.Where(v => v.Id == stored.VersionId).Select(v => v.Revision).SingleAsync();
        var review = await scope.ServiceProvider.GetRequiredService<ReportReview>().StartReviewAsync(pathologist, stored.VersionId, revision);
        var signed = await scope.ServiceProvider.GetRequiredService<ReportSignOut>().SignAsync(pathologist, stored.VersionId, review.Revision!.Value,
            new SignatureRequest(TestActors.Password, null, AttestationConfirmed: true));

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/patients")).StatusCode);
        Assert.Equal(LifecycleOutcome.Invalid, signed.Outcome);
        Assert.Contains("organisation's sign-in", signed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BehindTheTlsProxy_HstsIsSent_OutsideDevelopment()
    {
        using var proxy = new SignInClient(app.BaseAddress, IPAddress.Parse(OmicsWebFactory.TrustedProxy));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Host = "omics.hospital.example";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        var response = await proxy.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts), "No Strict-Transport-Security header.");
        Assert.Contains("max-age=", Assert.Single(hsts), StringComparison.Ordinal);
    }
}
