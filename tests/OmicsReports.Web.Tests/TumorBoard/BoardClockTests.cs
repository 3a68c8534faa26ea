using Microsoft.JSInterop;
using OmicsReports.Web.Features.TumorBoard;

namespace OmicsReports.Web.Tests.TumorBoard;

/// <summary>Meeting times in the user's zone, stored in UTC, including the days the clocks change.</summary>
public class BoardClockTests
{
    public static TheoryData<string, string, string, string> Starts => new()
    {
        // zone, local date, local time, stored UTC instant
        { "Europe/Berlin", "2027-01-15", "09:30", "2027-01-15T08:30:00+00:00" },
        { "Europe/Berlin", "2027-07-15", "09:30", "2027-07-15T07:30:00+00:00" },
        { "America/New_York", "2027-01-15", "09:30", "2027-01-15T14:30:00+00:00" },
        { "UTC", "2027-01-15", "09:30", "2027-01-15T09:30:00+00:00" },
        // The repeated hour when summer time ends in Berlin (02:00-03:00 on 2027-10-31): the earlier, summer instant.
        { "Europe/Berlin", "2027-10-31", "02:30", "2027-10-31T00:30:00+00:00" },
    };

    [Theory]
    [MemberData(nameof(Starts))]
    public void ToUtc_ReadsTheWallClockInTheUsersZone(string zone, string date, string time, string utc)
    {
        var clock = Clock(zone);

        var start = clock.ToUtc(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), start);
        Assert.Equal(TimeSpan.Zero, start!.Value.Offset);
    }

    [Fact]
    public void ToUtc_RefusesTheHourSkippedWhenSummerTimeStarts()
    {
        Assert.Null(Clock("Europe/Berlin").ToUtc(new DateOnly(2027, 3, 28), new TimeOnly(2, 30)));
    }

    [Fact]
    public void When_ShowsTheStoredInstantInTheUsersZone_AndNamesTheZone()
    {
        var stored = new DateTimeOffset(2027, 1, 15, 8, 30, 0, TimeSpan.Zero);

        Assert.Equal("2027-01-15 09:30 Europe/Berlin", Clock("Europe/Berlin").When(stored));
        Assert.Equal("2027-01-15 09:30–10:30 Europe/Berlin", Clock("Europe/Berlin").WhenLong(stored, 60));
        Assert.Equal("2027-01-15 08:30 UTC", new BoardClock(new NoBrowser()).When(stored));
    }

    [Fact]
    public void UnknownZone_FallsBackToUtc_LabelledSo()
    {
        var clock = Clock("Mars/Olympus_Mons");

        Assert.Equal("UTC", clock.ZoneName);
    }

    [Fact]
    public async Task LearnAsync_WithoutABrowser_KeepsUtc()
    {
        var clock = new BoardClock(new NoBrowser());

        Assert.False(await clock.LearnAsync());
        Assert.Equal("UTC", clock.ZoneName);
    }

    [Fact]
    public async Task LearnAsync_WhenTheBrowserAnswersNothing_KeepsUtc()
    {
        var clock = new BoardClock(new SilentBrowser());
        clock.Use("Europe/Berlin");

        Assert.True(await clock.LearnAsync());
        Assert.Equal("UTC", clock.ZoneName);
    }

    private static BoardClock Clock(string zone)
    {
        var clock = new BoardClock(new NoBrowser());
        clock.Use(zone);
        return clock;
    }

    /// <summary>A browser that answers every call with null (no Intl).</summary>
    private sealed class SilentBrowser : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult(default(TValue)!);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => ValueTask.FromResult(default(TValue)!);
    }

    /// <summary>A circuit whose browser cannot be reached, as during prerendering.</summary>
    private sealed class NoBrowser : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => throw new InvalidOperationException("prerendering");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => throw new InvalidOperationException("prerendering");
    }
}
