using Hl7.Fhir.Model;

namespace OmicsReports.Reporting.Fhir;

/// <summary>
/// The export as a FHIR transaction for a server: every entry a PUT of its resource under the id the export derived
/// from the version (<see cref="FhirIds"/>). Sending the same version again updates the same resources in place, so a
/// redelivery never creates a second copy; references between entries keep their urn:uuid fullUrls, which the server
/// resolves to those ids.
/// </summary>
public static class FhirTransaction
{
    public static Bundle From(Bundle export)
    {
        ArgumentNullException.ThrowIfNull(export);
        export.Type = Bundle.BundleType.Transaction;
        foreach (var entry in export.Entry)
        {
            var resource = entry.Resource ?? throw new ArgumentException("Every entry of the export carries a resource.", nameof(export));
            entry.Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.PUT, Url = $"{resource.TypeName}/{resource.Id}" };
        }

        return export;
    }
}
