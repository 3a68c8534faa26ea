using System.Security.Claims;

namespace OmicsReports.Data.Reports;

/// <summary>Who is acting and from where, as the audit trail records it.</summary>
public sealed record Actor(ClaimsPrincipal User, string RemoteAddress)
{
    public string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    public string UserName => User.Identity?.Name ?? string.Empty;

    /// <summary>The first of the user's roles, recorded with comments.</summary>
    public string Role => User.FindAll(ClaimTypes.Role).Select(c => c.Value).FirstOrDefault() ?? string.Empty;
}

public enum LifecycleOutcome
{
    Done,

    /// <summary>The user's role does not allow the action (enforced here, whatever the screen showed).</summary>
    Denied,

    NotFound,

    /// <summary>Someone else changed the version since it was opened; <see cref="LifecycleResult.Conflict"/> says how.</summary>
    Conflict,

    /// <summary>The action does not fit the version's state or the input is incomplete; the message says why.</summary>
    Invalid,
}

/// <summary>What the stored draft holds now, so a second editor can compare it with their own text.</summary>
public sealed record DraftConflict(string InterpretiveComment, string UpdatedBy, DateTimeOffset UpdatedAt, string Status);

/// <summary>The outcome of a lifecycle action, in words a clinician can act on.</summary>
public sealed record LifecycleResult(LifecycleOutcome Outcome, string Message)
{
    /// <summary>The version's concurrency token after the action, for the next edit.</summary>
    public Guid? Revision { get; init; }

    /// <summary>The version created by the action (an amendment).</summary>
    public int? NewVersion { get; init; }

    public DraftConflict? Conflict { get; init; }

    public bool Succeeded => Outcome == LifecycleOutcome.Done;

    public static LifecycleResult Done(string message, Guid? revision = null) => new(LifecycleOutcome.Done, message) { Revision = revision };

    public static LifecycleResult Denied(string action) =>
        new(LifecycleOutcome.Denied, $"Your role does not allow you to {action}.");

    public static LifecycleResult NotFound() => new(LifecycleOutcome.NotFound, "That report version does not exist.");

    public static LifecycleResult Invalid(string message) => new(LifecycleOutcome.Invalid, message);
}
