using System.Collections.Concurrent;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Reporting.Tests.Interop;
using Task = System.Threading.Tasks.Task;

namespace OmicsReports.Web.Tests.Delivery;

/// <summary>
/// A FHIR server stand-in on real Kestrel (loopback, free port): it keeps every POST, stores resources by type and id
/// (as a server does for the PUT entries of a transaction, so a second delivery replaces the first), and answers with
/// a transaction-response. Each posted Bundle is validated with the Firely validator against base R4
/// (<see cref="ValidationErrors"/>). <see cref="HoldFirstPost"/> keeps the first POST waiting, to stop the app
/// in the middle of a delivery.
/// </summary>
internal sealed class FhirReceiver : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Fhir = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    private readonly WebApplication app;
    private readonly ConcurrentQueue<byte[]> posts = new();
    private readonly ConcurrentDictionary<string, string> stored = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource firstPostArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource releaseFirstPost = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FhirReceiver(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = default!;

    public bool HoldFirstPost { get; init; }

    public IReadOnlyList<Bundle> Posted => [.. posts.Select(p => JsonSerializer.Deserialize<Bundle>(p, Fhir)!)];

    /// <summary>Resources the server holds, by "Type/id".</summary>
    public IReadOnlyDictionary<string, string> Stored => stored;

    public Task FirstPostArrived => firstPostArrived.Task;

    public void ReleaseFirstPost() => releaseFirstPost.TrySetResult();

    public static async Task<FhirReceiver> StartAsync(bool holdFirstPost = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var receiver = new FhirReceiver(builder.Build()) { HoldFirstPost = holdFirstPost };
        receiver.app.MapPost("/fhir", receiver.ReceiveAsync);
        await receiver.app.StartAsync();
        var address = receiver.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.BaseUrl = new Uri(address + "/fhir");
        return receiver;
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        var first = posts.IsEmpty;
        posts.Enqueue(body.ToArray());
        var bundle = JsonSerializer.Deserialize<Bundle>(body.ToArray(), Fhir)!;
        foreach (var entry in bundle.Entry)
        {
            stored[entry.Request!.Url!] = entry.Resource!.Id!;
        }

        if (first && HoldFirstPost)
        {
            firstPostArrived.TrySetResult();
            await releaseFirstPost.Task;
        }

        var response = new Bundle { Type = Bundle.BundleType.TransactionResponse };
        response.Entry.AddRange(bundle.Entry.Select(e => new Bundle.EntryComponent { Response = new Bundle.ResponseComponent { Status = "200 OK", Location = e.Request!.Url } }));
        return Results.Text(JsonSerializer.Serialize(response, Fhir), "application/fhir+json");
    }

    /// <summary>Every posted Bundle through the Firely validator (base R4): the errors, one line each.</summary>
    public IReadOnlyList<string> ValidationErrors() => [.. Posted.SelectMany(FhirValidation.BaseErrors)];

    public async ValueTask DisposeAsync()
    {
        ReleaseFirstPost();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
