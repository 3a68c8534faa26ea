namespace OmicsReports.Web.Features.Delivery;

/// <summary>Registers the delivery worker; the outbox and its settings come with the data services.</summary>
internal static class DeliveryServiceExtensions
{
    public static IServiceCollection AddOmicsDelivery(this IServiceCollection services)
    {
        // Redirects are not followed: a FHIR server that moved should be reconfigured, not silently followed.
        services.AddHttpClient(DeliveryAttempt.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<DeliveryAttempt>();
        services.AddHostedService<DeliveryWorker>();
        return services;
    }
}
