using Microsoft.AspNetCore.Authorization;

namespace OmicsReports.Data.Identity;

/// <summary>
/// Authorization policies, enforced on the server for pages, component actions and endpoints.
/// Pages name a policy, never a role list, so the mapping lives here only.
/// </summary>
public static class Policies
{
    /// <summary>Read patient reports and comment: clinicians.</summary>
    public const string ViewPatients = "ViewPatients";

    /// <summary>Comment on a report version: the clinicians who read reports.</summary>
    public const string CommentOnReports = "CommentOnReports";

    /// <summary>Upload sequencing results and create draft reports: the laboratory's pathologists, and API clients with the import scope.</summary>
    public const string ImportCases = "ImportCases";

    /// <summary>Review, sign and amend reports.</summary>
    public const string SignReports = "SignReports";

    /// <summary>Knowledge-base pages and reanalysis results.</summary>
    public const string CurateKnowledge = "CurateKnowledge";

    /// <summary>See, schedule and join tumour board meetings: clinicians, and administrators who coordinate boards.</summary>
    public const string JoinTumorBoards = "JoinTumorBoards";

    /// <summary>
    /// Move a meeting's queue (agenda, order, the case on screen), checked against the meeting: its presenter, a
    /// pathologist or an administrator (<see cref="Boards.BoardControlHandler"/>).
    /// </summary>
    public const string ControlTumorBoard = "ControlTumorBoard";

    /// <summary>Record a tumour board's decision on a case: clinicians.</summary>
    public const string RecordBoardDecisions = "RecordBoardDecisions";

    /// <summary>Accounts and the audit log.</summary>
    public const string Administer = "Administer";

    /// <summary>Registers every policy, and requires a signed-in user for anything that names no policy.</summary>
    public static AuthorizationBuilder AddOmicsPolicies(this AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(ViewPatients, p => p.RequireRole(Roles.Oncologist, Roles.Pathologist))
            .AddPolicy(CommentOnReports, p => p.RequireRole(Roles.Oncologist, Roles.Pathologist))
            // A laboratory system imports through /api/v1 with the import scope of its token (Api.ApiScopes).
            .AddPolicy(ImportCases, p => p.RequireAssertion(c => c.User.IsInRole(Roles.Pathologist) || Api.ApiScopes.Has(c.User, Api.ApiScopes.Import)))
            .AddPolicy(SignReports, p => p.RequireRole(Roles.Pathologist))
            .AddPolicy(CurateKnowledge, p => p.RequireRole(Roles.Curator))
            .AddPolicy(Administer, p => p.RequireRole(Roles.Admin))
            .AddPolicy(JoinTumorBoards, p => p.RequireRole(Boards.BoardRoles.MayJoin))
            .AddPolicy(ControlTumorBoard, p => p.RequireAuthenticatedUser().AddRequirements(new Boards.BoardControlRequirement()))
            .AddPolicy(RecordBoardDecisions, p => p.RequireRole(Boards.BoardRoles.MayDecide));
    }
}
