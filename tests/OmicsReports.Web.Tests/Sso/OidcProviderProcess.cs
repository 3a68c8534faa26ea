using System.Diagnostics;
using System.Text.Json;

namespace OmicsReports.Web.Tests.Sso;

/// <summary>
/// The real OpenID Connect provider (npm oidc-provider, <c>OidcProvider/provider.mjs</c>) as a child process on a free
/// loopback port: started by the fixture, ended when it is disposed. Its packages come from the committed
/// package-lock.json (scripts/test.sh runs npm ci).
/// </summary>
public sealed class OidcProviderProcess : IAsyncDisposable
{
    private readonly Process process;

    private OidcProviderProcess(Process process, JsonElement started)
    {
        this.process = process;
        Issuer = started.GetProperty("issuer").GetString()!;
        EntraInstance = started.GetProperty("entraInstance").GetString()!;
        EntraTenant = started.GetProperty("entraTenant").GetString()!;
        EntraIssuer = started.GetProperty("entraIssuer").GetString()!;
    }

    /// <summary>The hospital provider's issuer (a Keycloak, ADFS or Okta stand-in).</summary>
    public string Issuer { get; }

    /// <summary>Entra ID's stand-in: Identity.Web builds its authority from Instance + TenantId + "/v2.0".</summary>
    public string EntraInstance { get; }

    public string EntraTenant { get; }

    public string EntraIssuer { get; }

    public static string Folder
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OmicsReports.sln")))
            {
                folder = folder.Parent;
            }

            return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("The repository root was not found."),
                "tests", "OmicsReports.Web.Tests", "Sso", "OidcProvider");
        }
    }

    public static async Task<OidcProviderProcess> StartAsync()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "oidc-provider")))
        {
            throw new InvalidOperationException($"oidc-provider is not installed in {Folder}. Run scripts/test.sh, or npm ci in that folder.");
        }

        var start = new ProcessStartInfo("node", "provider.mjs")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start; install Node.js 20 or later.");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                   ?? throw new InvalidOperationException($"The OpenID Connect provider ended at start (exit code {(process.HasExited ? process.ExitCode : -1)}).");
        using var json = JsonDocument.Parse(line);
        return new OidcProviderProcess(process, json.RootElement.Clone());
    }

    /// <summary>Changes one person's roles and groups at the provider (a role change made by the hospital).</summary>
    public async Task SetClaimsAsync(string login, string[] roles, string[] groups)
    {
        using var client = new HttpClient();
        var body = JsonSerializer.Serialize(new { roles, groups });
        var response = await client.PostAsync(new Uri($"{Issuer}/__test/accounts/{Uri.EscapeDataString(login)}"), new StringContent(body));
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
