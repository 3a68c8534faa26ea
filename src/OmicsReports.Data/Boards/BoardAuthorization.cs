using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using OmicsReports.Data.Identity;

namespace OmicsReports.Data.Boards;

/// <summary>The meeting as authorization sees it: only its presenter matters.</summary>
public sealed record BoardPresenter(string UserId);

/// <summary>Moving a meeting's queue: its presenter, any pathologist, or an administrator.</summary>
public sealed class BoardControlRequirement : IAuthorizationRequirement;

/// <summary>
/// Decides <see cref="Policies.ControlTumorBoard"/> against a meeting. The presenter counts only while they still
/// hold a role that may join boards, so a presenter whose account lost its clinical role loses control too.
/// </summary>
public sealed class BoardControlHandler : AuthorizationHandler<BoardControlRequirement, BoardPresenter>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, BoardControlRequirement requirement, BoardPresenter resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resource);
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return Task.CompletedTask;
        }

        var isPresenter = resource.UserId.Length > 0 &&
                          string.Equals(user.FindFirstValue(ClaimTypes.NameIdentifier), resource.UserId, StringComparison.Ordinal) &&
                          BoardRoles.MayJoin.Any(user.IsInRole);
        if (user.IsInRole(Roles.Pathologist) || user.IsInRole(Roles.Admin) || isPresenter)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Which roles take part in tumour boards, as the policies in <see cref="Policies"/> name them.</summary>
public static class BoardRoles
{
    /// <summary>Clinicians join and present; administrators coordinate boards and may move the queue.</summary>
    public static IReadOnlyList<string> MayJoin { get; } = [Roles.Oncologist, Roles.Pathologist, Roles.Admin];

    /// <summary>A decision is a clinical statement: only clinicians record it.</summary>
    public static IReadOnlyList<string> MayDecide { get; } = [Roles.Oncologist, Roles.Pathologist];
}
