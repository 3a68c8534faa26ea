using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using OmicsReports.Data;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Testing;

namespace OmicsReports.Web.Tests.Integration;

[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public class ProductionStartupTests(OmicsWebFactory app)
{
    [Fact]
    public async Task Startup_InProductionWithDemoAccounts_RefusesToStartAndNamesThem()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var production = new HostingEnvironment { EnvironmentName = Environments.Production };
        var startup = ActivatorUtilities.CreateInstance<DatabaseStartup>(scope.ServiceProvider, (IHostEnvironment)production);

        var refusal = await Assert.ThrowsAsync<DemoAccountsInProductionException>(() => startup.RunAsync());

        Assert.Contains(DemoOptions.EmailFor("Oncologist"), refusal.Accounts);
        Assert.Contains("omics users remove-demo", refusal.Message, StringComparison.Ordinal);
    }
}
