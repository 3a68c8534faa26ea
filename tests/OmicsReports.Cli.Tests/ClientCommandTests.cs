using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Api;
using OmicsReports.Data.Audit;
using OmicsReports.Testing;

namespace OmicsReports.Cli.Tests;

/// <summary><c>omics clients add</c> as a process against a database that <c>omics db migrate</c> created.</summary>
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed partial class ClientCommandTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task ClientsAdd_PrintsTheSecretOnce_AndStoresOnlyItsHash_AndTheScopes()
    {
        var result = await OmicsProcess.RunAsync(["clients", "add", "--name", "LIS", "--scopes", "import,read"], Environment());

        Assert.True(result.ExitCode == 0, result.Stderr);
        var id = Guid.Parse(Line(result.Stdout, "client_id"));
        var secret = Line(result.Stdout, "client_secret");
        Assert.True(secret.Length >= 40, "a 256-bit secret");
        await using var db = fixture.Database.CreateContext();
        var client = await db.ApiClients.SingleAsync(c => c.Id == id);
        Assert.Equal(("LIS", "import read"), (client.Name, client.Scopes));
        Assert.Equal(ApiClientSecrets.Hash(secret), client.SecretHash);
        Assert.DoesNotContain(secret, client.SecretHash, StringComparison.Ordinal);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.ApiClientCreated && e.TargetId == id.ToString()));
    }

    [Theory]
    [InlineData("import,write", "Unknown scope(s): write")]
    [InlineData("", "at least one scope")]
    public async Task ClientsAdd_WithABadScope_IsRefusedWithExitCode2(string scopes, string message)
    {
        var result = await OmicsProcess.RunAsync(["clients", "add", "--name", $"X-{Guid.NewGuid():N}"[..12], "--scopes", scopes], Environment());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    private static string Line(string output, string label) => LabelledLine().Matches(output).Single(m => m.Groups[1].Value == label).Groups[2].Value;

    private IDictionary<string, string?> Environment()
    {
        var environment = fixture.Database.EnvironmentVariables();
        environment["DOTNET_ENVIRONMENT"] = "Production";
        return environment;
    }

    [GeneratedRegex(@"^(client_id|client_secret):\s+(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex LabelledLine();
}
