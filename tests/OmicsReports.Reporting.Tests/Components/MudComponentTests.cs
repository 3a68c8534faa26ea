using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace OmicsReports.Reporting.Tests.Components;

/// <summary>
/// A bUnit context with MudBlazor's services (../shared/TOOLCHAIN.md): some of them are only IAsyncDisposable, so the
/// context is owned here and disposed asynchronously; MudBlazor's JavaScript calls are answered loosely.
/// </summary>
public abstract class MudComponentTests : IAsyncLifetime
{
    protected MudComponentTests()
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
    }

    protected BunitContext Context { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Context.DisposeAsync();

    protected IRenderedComponent<T> Render<T>(Action<ComponentParameterCollectionBuilder<T>>? parameters = null)
        where T : IComponent => Context.Render(parameters);
}
