using System.Globalization;
using System.Security.Claims;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Boards;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Reporting.Board;
using OmicsReports.Reporting.Pdf;
using OmicsReports.Web.Features.Account;
using OmicsReports.Web.Hosting;
using Microsoft.AspNetCore.Authorization;

namespace OmicsReports.Web.Features.TumorBoard;

/// <summary>
/// The meeting's PDFs: the minutes and the packet of the cases' reports. For everyone who may join boards; every
/// download is audited against the meeting and against each report version it prints.
/// </summary>
internal static class BoardEndpoints
{
    public static IEndpointRouteBuilder MapBoardEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var meeting = endpoints.MapGroup("/api/boards/{meetingId:guid}").RequireAuthorization(Policies.JoinTumorBoards);
        meeting.MapGet("/minutes.pdf", (Guid meetingId, HttpContext context, ClaimsPrincipal user, BoardDocumentSource source) =>
            ExportAsync(meetingId, BoardDocumentKind.Minutes, context, user, source));
        meeting.MapGet("/packet.pdf", (Guid meetingId, HttpContext context, ClaimsPrincipal user, BoardDocumentSource source) =>
            ExportAsync(meetingId, BoardDocumentKind.Packet, context, user, source));
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(Guid meetingId, BoardDocumentKind kind, HttpContext context, ClaimsPrincipal user, BoardDocumentSource source)
    {
        var actor = new Actor(user, RemoteAddress.Of(context));
        try
        {
            var (outcome, file) = await source.ExportAsync(actor, meetingId, kind, context.RequestAborted);
            return outcome switch
            {
                LifecycleOutcome.Done => TypedResults.File(file!.Content, PdfFile.ContentType, file.FileName),
                LifecycleOutcome.Denied => TypedResults.Forbid(),
                LifecycleOutcome.Invalid => TypedResults.Problem("The meeting has no case on its agenda yet.", statusCode: StatusCodes.Status409Conflict),
                _ => ApiResponses.NotFound(),
            };
        }
        catch (PdfExportException ex)
        {
            // The message is written for people: it says what happened and what to do.
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}

internal enum BoardDocumentKind
{
    Minutes,
    Packet,
}

/// <summary>
/// Fills the minutes and the packet from the stored meeting, de-identified when the meeting asks for that, and always
/// for those who may not open reports (administrators coordinate boards but see no patient).
/// </summary>
internal sealed class BoardDocumentSource(
    BoardMeetings meetings, ReportReader reader, BoardDocuments documents, AuditTrail audit, IAuthorizationService authorization, TimeProvider clock)
{
    public async Task<(LifecycleOutcome Outcome, PdfFile? File)> ExportAsync(Actor actor, Guid meetingId, BoardDocumentKind kind, CancellationToken cancellationToken)
    {
        var read = await meetings.GetAsync(actor, meetingId, cancellationToken);
        if (read.Value is not { } meeting)
        {
            return (read.Outcome, null);
        }

        if (!meeting.DeIdentified && !(await authorization.AuthorizeAsync(actor.User, Policies.ViewPatients)).Succeeded)
        {
            meeting = DeIdentified(meeting);
        }

        if (kind == BoardDocumentKind.Packet && meeting.Items.Count == 0)
        {
            return (LifecycleOutcome.Invalid, null);
        }

        var contents = new List<(AgendaItemView Item, BoardCaseContent Content)>();
        foreach (var item in meeting.Items)
        {
            var view = await reader.LoadAsync(item.CaseId, item.Version, cancellationToken)
                       ?? throw new InvalidOperationException($"Report version {item.ReportVersionId} on the agenda could not be read.");
            contents.Add((item, BoardSlides.Build(meeting, item, view)));
        }

        var now = clock.GetUtcNow();
        var file = kind == BoardDocumentKind.Minutes
            ? await documents.MinutesAsync(BoardPrints.Minutes(meeting, contents, actor.UserName, now), cancellationToken)
            : await documents.PacketAsync(BoardPrints.Packet(meeting, contents, now), cancellationToken);
        var what = kind == BoardDocumentKind.Minutes ? "tumour board minutes PDF" : "tumour board case packet PDF";
        await audit.RecordAsync(AuditActions.Export, actor.User, AuditTargets.BoardMeeting, meetingId.ToString(), actor.RemoteAddress,
            string.Create(CultureInfo.InvariantCulture, $"{what}, {meeting.Items.Count} case(s){(meeting.DeIdentified ? ", de-identified" : "")}"), cancellationToken);
        foreach (var (item, _) in contents)
        {
            await audit.RecordAsync(AuditActions.Export, actor.User, AuditTargets.ReportVersion, item.ReportVersionId.ToString(), actor.RemoteAddress,
                string.Create(CultureInfo.InvariantCulture, $"version {item.Version} in the {what} of meeting {meetingId}"), cancellationToken);
        }

        return (LifecycleOutcome.Done, file);
    }

    /// <summary>The meeting as a de-identified meeting shows it: initials and case numbers only.</summary>
    private static MeetingView DeIdentified(MeetingView meeting) => meeting with
    {
        DeIdentified = true,
        Items = meeting.Items.Select(i => i with { Identity = new CaseIdentity(i.Identity.Initials, null, null, null, null) }).ToList(),
    };
}
