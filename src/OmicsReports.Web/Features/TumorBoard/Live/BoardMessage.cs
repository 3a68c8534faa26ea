using System.Text.Json;

namespace OmicsReports.Web.Features.TumorBoard.Live;

/// <summary>
/// What nodes tell each other about a meeting over Redis: ids and staff names only, never patient data. "state" is
/// the sender's position and its own pages, "meeting" asks screens to read the meeting again, "hello" asks the
/// others for their state.
/// </summary>
internal sealed record BoardMessage(string Kind, string Node, Guid Meeting, BoardPosition? Position, string? PositionNode, IReadOnlyList<BoardParticipant>? Pages)
{
    public const string StateKind = "state";
    public const string MeetingKind = "meeting";
    public const string HelloKind = "hello";

    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>The message, or null for anything that is not one (another program on the channel).</summary>
    public static BoardMessage? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<BoardMessage>(json) is { Kind: not null, Node: not null } message ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
