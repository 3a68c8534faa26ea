using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace OmicsReports.Web.Tests.Components;

/// <summary>
/// A bUnit context with MudBlazor's services, owned and disposed asynchronously (some MudBlazor services are only
/// IAsyncDisposable), with MudBlazor's JavaScript answered loosely (../shared/TOOLCHAIN.md).
/// </summary>
public abstract class MudContext : IAsyncLifetime
{
    protected MudContext()
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
    }

    protected BunitContext Context { get; } = new();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync() => await Context.DisposeAsync();
}
