using System.Text;
using OmicsReports.Data.Delivery;
using OmicsReports.Data.Reports;
using OmicsReports.Ingest.Knowledge;
using OmicsReports.Reporting.Fhir;
using OmicsReports.Reporting.Hl7v2;
using OmicsReports.Reporting.Interop;
using OmicsReports.Reporting.Pdf;
using OmicsReports.Web.Features.Report;

namespace OmicsReports.Web.Features.Delivery;

/// <summary>
/// What a delivery sends, made from the stored version exactly as the downloads make it: the signed PDF, the FHIR
/// Bundle (as downloaded, and as a transaction for a server) and the HL7 v2 ORU^R01. The generation time is the time
/// the row was queued, so every attempt sends the same ids and the same content.
/// </summary>
internal sealed record DeliveryDocuments(string FileStem, PdfFile Pdf, byte[] FhirBundle, byte[] FhirTransaction, string Hl7Message)
{
    /// <summary>MSH-10 of the message, which the acknowledgement must name.</summary>
    public string ControlId => Hl7Message.Split('\r')[0].Split('|')[9];

    public static async Task<DeliveryDocuments> LoadAsync(
        DeliveryClaim claim, ReportReader reader, PdfExporter exporter, LoadedKnowledge knowledge, Hl7Options hl7, CancellationToken cancellationToken)
    {
        var view = await reader.LoadAsync(claim.CaseId, claim.Version, cancellationToken)
            ?? throw new DeliveryFailedException($"Version {claim.Version} of the case was not found.");
        if (!view.Status.IsSigned())
        {
            // Rows are queued only by a signature, so this means the database was changed by hand.
            throw new DeliveryFailedException($"Version {claim.Version} is not signed; only signed versions are delivered.");
        }

        var request = ReportPrints.Request(view, claim.CreatedAt);
        var pdf = await exporter.ExportAsync(request, cancellationToken);
        var extras = new InteropExtras { Genes = knowledge.Genes, SignedPdf = pdf.Content, SignedPdfFileName = pdf.FileName };
        return new DeliveryDocuments(
            $"{request.Case.Specimen.SampleId}-v{request.Version.Version}-report",
            pdf,
            FhirReportWriter.Write(request, extras),
            FhirReportWriter.Serialize(Reporting.Fhir.FhirTransaction.From(FhirReportWriter.Build(request, extras))),
            OruR01Writer.Write(request, hl7, extras));
    }

    public byte[] Hl7Bytes => Encoding.UTF8.GetBytes(Hl7Message);
}
