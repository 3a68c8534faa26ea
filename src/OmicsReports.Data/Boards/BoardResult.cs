using OmicsReports.Data.Reports;

namespace OmicsReports.Data.Boards;

/// <summary>The outcome of a tumour board action, in words a clinician can act on.</summary>
public sealed record BoardResult(LifecycleOutcome Outcome, string Message)
{
    /// <summary>The record the action created or changed.</summary>
    public Guid? Id { get; init; }

    /// <summary>Its concurrency token after the action, for the next edit.</summary>
    public Guid? Revision { get; init; }

    public bool Succeeded => Outcome == LifecycleOutcome.Done;

    public static BoardResult Done(string message, Guid? id = null, Guid? revision = null) =>
        new(LifecycleOutcome.Done, message) { Id = id, Revision = revision };

    public static BoardResult Denied(string action) => new(LifecycleOutcome.Denied, $"Your role does not allow you to {action}.");

    public static BoardResult NotFound(string what = "That meeting") => new(LifecycleOutcome.NotFound, $"{what} does not exist.");

    public static BoardResult Invalid(string message) => new(LifecycleOutcome.Invalid, message);

    public static BoardResult Conflict(string message) => new(LifecycleOutcome.Conflict, message);
}

/// <summary>What a read returns: the value, or why there is none (denied or not found).</summary>
public sealed record BoardRead<T>(T? Value, LifecycleOutcome Outcome)
    where T : class;

public static class BoardRead
{
    public static BoardRead<T> Of<T>(T? value)
        where T : class => new(value, value is null ? LifecycleOutcome.NotFound : LifecycleOutcome.Done);

    public static BoardRead<T> Denied<T>()
        where T : class => new(null, LifecycleOutcome.Denied);
}
