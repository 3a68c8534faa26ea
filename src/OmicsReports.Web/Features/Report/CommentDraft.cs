using OmicsReports.Data.Reports;

namespace OmicsReports.Web.Features.Report;

/// <summary>
/// The pathologist's unsaved interpretive comment, owned by the report page so that switching detail tabs (which
/// disposes the editor) never loses typing, and so that a save conflict keeps both texts.
/// </summary>
public sealed class CommentDraft
{
    public Guid VersionId { get; private set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>The concurrency token the next save will present.</summary>
    public Guid Revision { get; set; }

    public DraftConflict? Conflict { get; set; }

    public string? Message { get; set; }

    public bool Saved { get; set; }

    /// <summary>Takes the stored text when a different version is shown; keeps typing for the same version.</summary>
    public void Track(ReportVersionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (VersionId != view.VersionId)
        {
            (VersionId, Text, Revision, Conflict, Message) = (view.VersionId, view.InterpretiveComment, view.Revision, null, null);
        }
        else if (Conflict is null)
        {
            Revision = view.Revision;
        }
    }
}
