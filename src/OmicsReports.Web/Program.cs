using OmicsReports.Data;
using OmicsReports.Data.Hosting;
using OmicsReports.Web.Features.Account.SingleSignOn;
using OmicsReports.Web.Features.Api;
using OmicsReports.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddOmicsSettings(builder.Environment.EnvironmentName);
if (!builder.AddOmicsKnowledge(Console.Error))
{
    return 1;
}

builder.AddOmicsData();
builder.AddOmicsWeb();
builder.AddOmicsApi();
if (!builder.AddOmicsSingleSignOn(Console.Error))
{
    return 1;
}

var app = builder.Build();
if (!await app.PrepareDatabaseAsync())
{
    return 1;
}

app.UseOmicsPipeline();
app.MapOmicsEndpoints();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
