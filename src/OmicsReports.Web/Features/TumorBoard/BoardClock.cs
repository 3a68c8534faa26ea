using System.Globalization;
using Microsoft.JSInterop;

namespace OmicsReports.Web.Features.TumorBoard;

/// <summary>
/// Meeting times in the user's own time zone. Meetings are stored in UTC; people schedule and read them in the zone
/// their browser reports (a board may have members in several zones). One per circuit: until the browser has said
/// its zone (the first render after the connection is up), times are shown, and labelled, in UTC.
/// </summary>
public sealed class BoardClock(IJSRuntime js)
{
    private bool learned;

    /// <summary>The user's zone; UTC until learned, or when the server does not know the browser's zone.</summary>
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>The zone as the screens name it: "UTC" or an IANA name such as "Europe/Berlin".</summary>
    public string ZoneName => Zone == TimeZoneInfo.Utc ? "UTC" : Zone.Id;

    /// <summary>Asks the browser for its zone once per circuit; true when the zone changed and the caller should re-render.</summary>
    public async Task<bool> LearnAsync()
    {
        if (learned)
        {
            return false;
        }

        learned = true;
        try
        {
            await using var format = await js.InvokeAsync<IJSObjectReference?>("Intl.DateTimeFormat");
            // A browser without Intl (or a script that answers nothing) says no zone: UTC, labelled as such.
            var options = format is null ? null : await format.InvokeAsync<ResolvedOptions?>("resolvedOptions");
            return Use(options?.TimeZone);
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            // No browser to ask (prerendering, a closed tab): UTC, labelled as such.
            learned = false;
            return false;
        }
    }

    /// <summary>Sets the zone by IANA name; an unknown name leaves UTC. True when the zone changed.</summary>
    public bool Use(string? ianaName)
    {
        var zone = ianaName is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(ianaName, out var found) ? found : TimeZoneInfo.Utc;
        var changed = zone.Id != Zone.Id;
        Zone = zone;
        return changed;
    }

    /// <summary>A stored instant in the user's zone, e.g. "2026-12-07 17:00 Europe/Berlin".</summary>
    public string When(DateTimeOffset at) => $"{Local(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {ZoneName}";

    /// <summary>A meeting's span in the user's zone, e.g. "2026-12-07 17:00–18:00 Europe/Berlin".</summary>
    public string WhenLong(DateTimeOffset at, int minutes) =>
        $"{Local(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}–{Local(at.AddMinutes(minutes)).ToString("HH:mm", CultureInfo.InvariantCulture)} {ZoneName}";

    /// <summary>A stored instant as the user's wall clock.</summary>
    public DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).DateTime;

    /// <summary>
    /// The instant a wall-clock time in the user's zone means, in UTC; null when the clocks skip that time (the hour
    /// lost when daylight saving starts). In the repeated hour when it ends, the earlier (summer) instant is taken.
    /// </summary>
    public DateTimeOffset? ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            return null;
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    private sealed record ResolvedOptions(string? TimeZone);
}
