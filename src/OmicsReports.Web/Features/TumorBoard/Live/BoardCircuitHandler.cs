using Microsoft.AspNetCore.Components.Server.Circuits;

namespace OmicsReports.Web.Features.TumorBoard.Live;

/// <summary>
/// Marks this circuit's participants as disconnected while the browser's connection is down, so that the presence
/// list does not show someone who closed their laptop as connected for the minutes a circuit is kept for reconnection.
/// Scoped: one per circuit.
/// </summary>
public sealed class BoardCircuitHandler : CircuitHandler
{
    private readonly Lock gate = new();
    private readonly List<(BoardRoom Room, string Key)> tracked = [];

    public void Track(BoardRoom room, string key)
    {
        lock (gate)
        {
            tracked.Add((room, key));
        }
    }

    public void Untrack(string key)
    {
        lock (gate)
        {
            tracked.RemoveAll(t => t.Key == key);
        }
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken) => SetConnected(false);

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken) => SetConnected(true);

    private Task SetConnected(bool connected)
    {
        List<(BoardRoom Room, string Key)> current;
        lock (gate)
        {
            current = [.. tracked];
        }

        foreach (var (room, key) in current)
        {
            room.Update(key, p => p with { Connected = connected });
        }

        return Task.CompletedTask;
    }
}
