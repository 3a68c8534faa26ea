using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace OmicsReports.Data.Boards;

/// <summary>Registers the tumour board services and the handler behind <c>Policies.ControlTumorBoard</c>.</summary>
public static class BoardServiceCollectionExtensions
{
    public static IServiceCollection AddOmicsBoards(this IServiceCollection services)
    {
        services.AddScoped<BoardMeetings>();
        services.AddScoped<BoardAgenda>();
        services.AddScoped<BoardAttendance>();
        services.AddScoped<BoardDecisions>();
        services.AddSingleton<IAuthorizationHandler, BoardControlHandler>();
        return services;
    }
}
