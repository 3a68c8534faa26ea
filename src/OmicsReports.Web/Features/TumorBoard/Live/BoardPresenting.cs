using Microsoft.AspNetCore.Authorization;
using OmicsReports.Data.Boards;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;

namespace OmicsReports.Web.Features.TumorBoard.Live;

/// <summary>
/// Moves a meeting's live position for everyone who follows, after checking on the server, against the stored
/// meeting, that the caller may move the queue (presenter, pathologist or administrator). Hiding the buttons is
/// not the protection; this is.
/// </summary>
public sealed class BoardPresenting(BoardRooms rooms, BoardMeetings meetings, IAuthorizationService authorization)
{
    public async Task<BoardResult> MoveAsync(Actor actor, Guid meetingId, Guid itemId, BoardSection section, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var read = await meetings.GetAsync(actor, meetingId, cancellationToken);
        if (read.Outcome == LifecycleOutcome.Denied)
        {
            return BoardResult.Denied("take part in tumour boards");
        }

        if (read.Value is not { } meeting)
        {
            return BoardResult.NotFound();
        }

        if (!(await authorization.AuthorizeAsync(actor.User, meeting.Presenter, Policies.ControlTumorBoard)).Succeeded)
        {
            return BoardResult.Denied("move this meeting's queue");
        }

        if (meeting.Item(itemId) is not { } item)
        {
            return BoardResult.NotFound("That agenda item");
        }

        rooms.Room(meetingId).MoveTo(itemId, section, actor.UserName);
        return BoardResult.Done($"Showing {item.Label}.", item.Id);
    }
}
