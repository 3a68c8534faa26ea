using Microsoft.Extensions.Options;

namespace OmicsReports.Data.Delivery;

/// <summary>Refuses the start when a destination cannot work, naming every problem (a typo would otherwise surface as dead letters).</summary>
internal sealed class DeliveryOptionsValidation : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Destinations.Count; i++)
        {
            var destination = options.Destinations[i];
            var at = $"{DeliveryOptions.Section}:Destinations:{i}";
            if (string.IsNullOrWhiteSpace(destination.Name) || destination.Name.Length > 64)
            {
                problems.Add($"{at}:Name must be 1 to 64 characters.");
            }
            else if (!seen.Add(destination.Name))
            {
                problems.Add($"{at}:Name '{destination.Name}' is used twice.");
            }

            var missing = destination.Kind switch
            {
                DeliveryKind.FhirServer when !Uri.TryCreate(destination.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") =>
                    "Url must be the FHIR server's http(s) base URL",
                DeliveryKind.Mllp when string.IsNullOrWhiteSpace(destination.Host) || destination.Port is < 1 or > 65535 => "Host and Port (1-65535) are required",
                DeliveryKind.Folder when string.IsNullOrWhiteSpace(destination.Path) => "Path is required",
                _ => null,
            };
            if (missing is not null)
            {
                problems.Add($"{at} ({destination.Kind}): {missing}.");
            }
        }

        if (options.MaxAttempts < 1)
        {
            problems.Add($"{DeliveryOptions.Section}:MaxAttempts must be at least 1.");
        }

        if (options.BackoffSeconds < 0 || options.MaxBackoffSeconds < options.BackoffSeconds || options.RetriesPerAttempt < 0 || options.RetryDelaySeconds < 0)
        {
            problems.Add($"{DeliveryOptions.Section}: backoff and retry settings must not be negative, and MaxBackoffSeconds not below BackoffSeconds.");
        }

        if (options.AttemptTimeoutSeconds <= 0 || options.PollSeconds <= 0 || options.LeaseSeconds <= options.AttemptTimeoutSeconds)
        {
            problems.Add($"{DeliveryOptions.Section}: AttemptTimeoutSeconds and PollSeconds must be positive, and LeaseSeconds above AttemptTimeoutSeconds.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
