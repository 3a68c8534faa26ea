namespace OmicsReports.Web.Features.TumorBoard.Live;

/// <summary>Raises a room's events: each subscriber in turn, and one that throws does not keep the others from hearing.</summary>
internal static class BoardEvents
{
    public static void Raise(Action? handlers)
    {
        foreach (var handler in handlers?.GetInvocationList().Cast<Action>() ?? [])
        {
            Safely(handler);
        }
    }

    public static void Raise<T>(Action<T>? handlers, T value)
    {
        foreach (var handler in handlers?.GetInvocationList().Cast<Action<T>>() ?? [])
        {
            Safely(() => handler(value));
        }
    }

    private static void Safely(Action call)
    {
        try
        {
            call();
        }
#pragma warning disable CA1031 // a subscriber's failure belongs to its own circuit, not to the presenter's move
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
