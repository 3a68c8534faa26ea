using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Patients;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data.Boards;

/// <summary>The reads the board services share. Authorization is the caller's job.</summary>
internal static class BoardQueries
{
    public static async Task<MeetingView?> MeetingAsync(OmicsDbContext db, Guid meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.BoardMeetings.AsNoTracking().Include(m => m.Attendees).FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var rows = await (
                from item in db.BoardAgendaItems.AsNoTracking()
                where item.MeetingId == meetingId
                join version in db.ReportVersions on item.ReportVersionId equals version.Id
                join omicsCase in db.Cases on item.CaseId equals omicsCase.Id
                join patient in db.Patients on omicsCase.PatientId equals patient.Id
                orderby item.Position
                select new
                {
                    Item = item,
                    version.Version,
                    version.Status,
                    omicsCase.TumorTypeName,
                    omicsCase.SampleId,
                    patient.FamilyName,
                    patient.GivenName,
                    patient.SourcePatientId,
                    patient.Mrn,
                    patient.BirthDate,
                })
            .ToListAsync(cancellationToken);
        var decisions = (await db.BoardDecisions.AsNoTracking().Where(d => d.MeetingId == meetingId).ToListAsync(cancellationToken))
            .ToDictionary(d => d.AgendaItemId, ToView);
        var items = rows.Select((r, index) =>
        {
            var initials = BoardInitials.Of(r.GivenName, r.FamilyName);
            // De-identification happens here, at the edge of the database: the screens never receive what they must not show.
            var identity = meeting.DeIdentified
                ? new CaseIdentity(initials, null, null, null, null)
                : new CaseIdentity(initials, PatientNames.Display(r.FamilyName, r.GivenName, r.SourcePatientId), r.Mrn, r.BirthDate, r.SampleId);
            return new AgendaItemView(r.Item.Id, index, r.Item.CaseNumber, r.Item.CaseId, r.Item.ReportVersionId, r.Version, r.Status,
                r.TumorTypeName, r.Item.Question, identity, decisions.GetValueOrDefault(r.Item.Id));
        }).ToList();
        var attendees = meeting.Attendees
            .OrderByDescending(a => a.Invited).ThenBy(a => a.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(a => new AttendeeView(a.UserId, a.DisplayName, a.Role, a.Invited, a.FirstJoinedAt)).ToList();
        return new MeetingView(meeting.Id, meeting.BoardName, meeting.ScheduledAt, meeting.DurationMinutes, meeting.Location,
            meeting.PresenterUserId, meeting.PresenterName, meeting.DeIdentified, meeting.Revision, attendees, items);
    }

    public static async Task<IReadOnlyList<BoardCandidate>> CandidatesAsync(OmicsDbContext db, CancellationToken cancellationToken)
    {
        var roles = BoardRoles.MayJoin;
        var rows = await (
                from user in db.Users.AsNoTracking()
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where roles.Contains(role.Name!)
                select new { user.Id, user.DisplayName, user.UserName, Role = role.Name! })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Id)
            .Select(g =>
            {
                var first = g.OrderBy(r => IndexOf(roles, r.Role)).First();
                var name = string.IsNullOrWhiteSpace(first.DisplayName) ? first.UserName ?? first.Id : first.DisplayName;
                return new BoardCandidate(first.Id, name, first.Role);
            })
            .OrderBy(c => c.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>The account's display name, as decisions and attendance record it; the sign-in name without one.</summary>
    public static async Task<string> DisplayNameAsync(OmicsDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        var name = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return string.IsNullOrWhiteSpace(name) ? actor.UserName : name;
    }

    public static DecisionView ToView(BoardDecisionRecord d) => new(d.Id, d.AgendaItemId, d.CaseId, d.ReportVersionId, d.ReportVersion,
        d.ImplicationIndex, d.TherapyBiomarker, d.Therapy, d.TherapyTier, d.FreeTextRecommendation, d.ClinicalTrialReferral, d.TrialDetails,
        d.GeneticCounsellingReferral, d.Rebiopsy, d.AdditionalTesting, d.Rationale, d.State, d.RecordedByName, d.RecordedAt, d.UpdatedByName,
        d.UpdatedAt, d.FinalizedAt, d.FinalizedByName, d.Revision);

    private static int IndexOf(IReadOnlyList<string> roles, string role)
    {
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] == role)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}

/// <summary>Initials for de-identified display: first letter of the given name, then of the family name.</summary>
public static class BoardInitials
{
    public const string Unknown = "no initials";

    public static string Of(string? given, string? family)
    {
        var initials = Initial(given) + Initial(family);
        return initials.Length == 0 ? Unknown : initials;
    }

    private static string Initial(string? name) => string.IsNullOrWhiteSpace(name)
        ? string.Empty
        : StringInfo.GetNextTextElement(name.Trim()).ToUpper(CultureInfo.InvariantCulture) + ".";
}
