using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Features.Report;
using OmicsReports.Web.Features.Shared;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Components;

/// <summary>The sign, amend and hide dialogs in bUnit, over the real sign-out services and database.</summary>
[Collection(WebCollection.Name)]
public sealed class DialogTests(OmicsWebFactory app) : MudContext
{
    private AsyncServiceScope scope;

    public override async Task InitializeAsync()
    {
        scope = app.Services.CreateAsyncScope();
        Context.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<ReportSignOut>());
        Context.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<SignerVerification>());
        // The sign dialog asks which identity provider the session came from; a local account has none.
        Context.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<OmicsReports.Web.Features.Account.SingleSignOn.ExternalProviders>());
        Context.Services.AddScoped<ClientContext>();
        var pathologist = await scope.ServiceProvider.GetRequiredService<UserManager<OmicsUser>>().FindByEmailAsync(DemoOptions.EmailFor(Roles.Pathologist));
        var auth = Context.AddAuthorization();
        auth.SetAuthorized(pathologist!.UserName!);
        auth.SetRoles(Roles.Pathologist);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, pathologist.Id));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await scope.DisposeAsync();
    }

    [Fact]
    public async Task HideDialog_NamesWhatItHides_AsksForAReason_AndReturnsIt()
    {
        var (provider, dialog) = await ShowAsync<HideDialog>("Hide dabrafenib for BRAF V600E",
            new DialogParameters<HideDialog> { { d => d.What, "dabrafenib for BRAF V600E" } });

        Assert.Equal("dabrafenib for BRAF V600E", provider.Find("#hide-what").TextContent);
        provider.Find("#hide-confirm").Click();
        Assert.Contains("Give a reason", provider.Find(".mud-dialog .mud-alert").TextContent, StringComparison.Ordinal);
        provider.Find("#hide-reason").Change("Trial preferred");
        provider.Find("#hide-confirm").Click();

        var result = await dialog.Result;
        Assert.Equal("Trial preferred", result!.Data);
    }

    [Fact]
    public async Task SignDialog_WrongPassword_StaysOpenAndSaysWhy_RightPasswordSigns()
    {
        var view = await InReviewAsync();
        var (provider, dialog) = await ShowAsync<SignDialog>($"Sign version {view.Version}", new DialogParameters<SignDialog> { { d => d.View, view } });

        provider.Find(".mud-dialog input[type=checkbox]").Change(true);
        provider.Find("#sign-password").Change("not the password");
        provider.Find("#sign-confirm").Click();
        provider.WaitForElement("#sign-problem");
        Assert.DoesNotContain(provider.FindAll("input[type=password]"), i => i.GetAttribute("value") is { Length: > 0 });

        provider.Find("#sign-password").Change(OmicsWebFactory.DemoPassword);
        provider.Find("#sign-confirm").Click();

        var result = await dialog.Result;
        Assert.True(result!.Data is LifecycleResult { Succeeded: true }, (result.Data as LifecycleResult)?.Message);
    }

    [Fact]
    public async Task AmendDialog_WithoutAReason_StaysOpenAndSaysSo_Cancel_ChangesNothing()
    {
        var view = await InReviewAsync();
        await scope.ServiceProvider.GetRequiredService<ReportSignOut>().SignAsync(await ActorAsync(), view.VersionId, view.Revision,
            new SignatureRequest(OmicsWebFactory.DemoPassword, string.Empty, AttestationConfirmed: true));
        var signed = (await scope.ServiceProvider.GetRequiredService<ReportReader>().LoadAsync(view.CaseId, view.Version))!;
        var (provider, dialog) = await ShowAsync<AmendDialog>("Amend", new DialogParameters<AmendDialog> { { d => d.View, signed } });

        provider.Find("#amend-confirm").Click();
        provider.WaitForElement(".mud-dialog .mud-alert");
        provider.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        Assert.True((await dialog.Result)!.Canceled);
        Assert.Single((await scope.ServiceProvider.GetRequiredService<ReportReader>().LoadAsync(view.CaseId, view.Version))!.History);
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync<T>(string title, DialogParameters<T> parameters)
        where T : Microsoft.AspNetCore.Components.ComponentBase
    {
        var provider = Context.Render<MudDialogProvider>();
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await Context.Services.GetRequiredService<IDialogService>().ShowAsync<T>(title, parameters));
        return (provider, dialog!);
    }

    private async Task<ReportVersionView> InReviewAsync()
    {
        var stored = await app.StoreCaseAsync();
        var reader = scope.ServiceProvider.GetRequiredService<ReportReader>();
        var draft = (await reader.LoadAsync(stored.CaseId, stored.Version))!;
        var started = await scope.ServiceProvider.GetRequiredService<ReportReview>().StartReviewAsync(await ActorAsync(), draft.VersionId, draft.Revision);
        Assert.True(started.Succeeded, started.Message);
        return (await reader.LoadAsync(stored.CaseId, stored.Version))!;
    }

    private Task<Actor> ActorAsync() => Context.Services.GetRequiredService<ClientContext>().ActorAsync();
}
