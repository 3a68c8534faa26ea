using System.Net;
using System.Net.Http.Headers;
using OmicsReports.Reporting.Fhir;

namespace OmicsReports.Web.Features.Delivery;

/// <summary>POSTs the transaction Bundle to a FHIR server's base URL; any 2xx answer is a delivery.</summary>
internal static class FhirServerSender
{
    public static async Task<string> SendAsync(HttpClient http, Uri baseUrl, DeliveryDocuments documents, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(documents.FhirTransaction);
        content.Headers.ContentType = new MediaTypeHeaderValue(FhirReportWriter.ContentType) { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl) { Content = content };
        request.Headers.Accept.ParseAdd(FhirReportWriter.ContentType);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var code = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return $"FHIR server answered {code}";
        }

        // Overload and server faults may pass; a 4xx says the server will not take this Bundle as it is.
        var transient = code >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
        throw new DeliveryFailedException($"FHIR server answered {code} {response.ReasonPhrase}", transient);
    }
}
