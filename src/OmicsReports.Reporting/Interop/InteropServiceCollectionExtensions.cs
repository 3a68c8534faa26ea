using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Reporting.Hl7v2;

namespace OmicsReports.Reporting.Interop;

/// <summary>Registers the settings of the FHIR and HL7 v2 writers.</summary>
public static class InteropServiceCollectionExtensions
{
    /// <summary>Binds <see cref="Hl7Options"/> to <c>Omics:Hl7</c> and validates them at start-up.</summary>
    public static IServiceCollection AddOmicsInterop(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<Hl7Options>()
            .Bind(configuration.GetSection(Hl7Options.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
