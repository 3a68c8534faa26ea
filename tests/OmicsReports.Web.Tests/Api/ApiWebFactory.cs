using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data.Api;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Api;

/// <summary>The app with a rate limit low enough to reach in a test; each test's own client has its own window.</summary>
public sealed class ApiWebFactory : OmicsWebFactory
{
    public const int PermitsPerMinute = 40;

    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Omics:Api:PermitsPerMinute", PermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Creates a client as <c>omics clients add</c> does; returns its id and its one-time secret.</summary>
    public async Task<NewApiClient> NewClientAsync(string scopes)
    {
        var (client, problems) = await Services.GetRequiredService<ApiClients>().CreateAsync($"LIS-{Guid.NewGuid():N}"[..16], scopes, "test");
        Assert.True(client is not null, string.Join("; ", problems));
        return client;
    }

    /// <summary>An HTTP client that carries a token of a new client with these scopes.</summary>
    public async Task<(HttpClient Http, NewApiClient Client)> AuthorizedAsync(string scopes)
    {
        var client = await NewClientAsync(scopes);
        var http = new HttpClient { BaseAddress = BaseAddress };
        var response = await http.PostAsync("/api/v1/token", Credentials(client.Id.ToString(), client.Secret));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (http, client);
    }

    public static FormUrlEncodedContent Credentials(string id, string secret) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials", ["client_id"] = id, ["client_secret"] = secret,
    });
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiWebFactory>
{
    public const string Name = "laboratory API";
}
