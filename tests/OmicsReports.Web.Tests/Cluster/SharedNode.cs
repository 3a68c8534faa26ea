using Microsoft.AspNetCore.Hosting;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Cluster;

/// <summary>One app node over a database the test owns, so that a second node can run beside it on the same data.</summary>
public sealed class SharedNode(TestDatabase database, string name) : OmicsWebFactory
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(database);

    protected override bool OwnsDatabase => false;

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Omics:Node:Name", name);
        // No PDF export here: the node need not start Chromium to have it warm.
        builder.UseSetting("Omics:Pdf:WarmUpOnStart", "false");
    }

    public static async Task<SharedNode> StartAsync(TestDatabase database, string name)
    {
        var node = new SharedNode(database, name);
        await node.InitializeAsync();
        return node;
    }
}
