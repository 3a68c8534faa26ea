using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Audit;

namespace OmicsReports.Data.Api;

/// <summary>A new client and its secret, which exists only here: the database keeps its hash.</summary>
public sealed record NewApiClient(Guid Id, string Name, IReadOnlyList<string> Scopes, string Secret);

/// <summary>Creates machine clients and checks their credentials at the token endpoint.</summary>
public sealed class ApiClients(IDbContextFactory<OmicsDbContext> contexts, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Creates a client; returns the problems instead when the name or scopes cannot be used.</summary>
    public async Task<(NewApiClient? Client, IReadOnlyList<string> Problems)> CreateAsync(
        string name, string scopes, string actor, CancellationToken cancellationToken = default)
    {
        name = (name ?? string.Empty).Trim();
        var (granted, unknown) = ApiScopes.Parse(scopes ?? string.Empty);
        var problems = new List<string>();
        if (name.Length is 0 or > 128)
        {
            problems.Add("Give the client a name of 1 to 128 characters.");
        }

        if (granted is null)
        {
            problems.Add(unknown.Count > 0
                ? $"Unknown scope(s): {string.Join(", ", unknown)}. Use: {string.Join(", ", ApiScopes.All)}."
                : $"Name at least one scope: {string.Join(", ", ApiScopes.All)}.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (problems.Count == 0 && await db.ApiClients.AnyAsync(c => c.Name == name, cancellationToken))
        {
            problems.Add($"A client named {name} exists already.");
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var secret = ApiClientSecrets.NewSecret();
        var record = new ApiClientRecord
        {
            Id = Guid.NewGuid(), Name = name, Scopes = string.Join(' ', granted!), SecretHash = ApiClientSecrets.Hash(secret), CreatedAt = clock.GetUtcNow(),
        };
        db.ApiClients.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(new AuditEntry
        {
            UserName = actor, Action = AuditActions.ApiClientCreated, TargetType = AuditTargets.ApiClient, TargetId = record.Id.ToString(),
            Detail = $"client {name} created with scopes {record.Scopes}",
        }, cancellationToken);
        return (new NewApiClient(record.Id, name, granted!, secret), []);
    }

    /// <summary>The client whose id and secret these are, if it is enabled; null otherwise (which of the two was wrong is not said).</summary>
    public async Task<ApiClientRecord?> AuthenticateAsync(string clientId, string secret, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(clientId, out var id) || string.IsNullOrEmpty(secret))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return client is { DisabledAt: null } && ApiClientSecrets.Matches(secret, client.SecretHash) ? client : null;
    }
}
