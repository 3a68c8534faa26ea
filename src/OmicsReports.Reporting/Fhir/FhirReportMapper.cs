using System.Globalization;
using Hl7.Fhir.Model;
using OmicsReports.Reporting.Interop;
using OmicsReports.Reporting.Print;
using static OmicsReports.Reporting.Fhir.FhirValues;

namespace OmicsReports.Reporting.Fhir;

/// <summary>
/// The IG genomic-report DiagnosticReport: status from sign-out (preliminary, final, amended), every result, the
/// genomic study, the recommended actions, a conclusion in words, the signer, and for a signed version the signed
/// PDF as presentedForm.
/// </summary>
internal static class FhirReportMapper
{
    public static void Map(FhirDocument document, ResourceReference study)
    {
        var request = document.Request;
        var report = new DiagnosticReport
        {
            Meta = new Meta { Profile = [FhirTerms.GenomicReportProfile] },
            Status = request.Version.Status switch
            {
                PrintStatus.Final => DiagnosticReport.DiagnosticReportStatus.Final,
                PrintStatus.Amended => DiagnosticReport.DiagnosticReportStatus.Amended,
                _ => DiagnosticReport.DiagnosticReportStatus.Preliminary,
            },
            Category = [Concept(FhirTerms.V2Table0074, "GE", "Genetics")],
            Code = LoincCode(FhirTerms.GeneticReport, "Genetic analysis report"),
            Subject = document.Patient,
            Specimen = [document.Specimen],
            Issued = document.Issued,
            Result = [.. document.Results.Select(r => new ResourceReference(r.Reference))],
            Conclusion = InteropSummary.Conclusion(request),
        };
        report.Identifier.Add(new Identifier { Value = $"{request.Version.ReportId}-v{request.Version.Version}" });
        if (request.Case.Specimen.CollectedOn is { } collected)
        {
            report.Effective = new FhirDateTime(collected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        report.Extension.Add(new Extension(FhirTerms.StudyReference, study));
        foreach (var action in document.Actions)
        {
            report.Extension.Add(new Extension(FhirTerms.RecommendedAction, new ResourceReference(action.Reference)));
        }

        if (request.Version.Signature is { } signature)
        {
            var signer = new Practitioner { Name = [new HumanName { Text = signature.Pathologist }] };
            report.ResultsInterpreter.Add(document.Add(signer, "Signer"));
            if (document.Options.SignedPdf is { } pdf)
            {
                report.PresentedForm.Add(new Attachment
                {
                    ContentType = "application/pdf",
                    Data = pdf.ToArray(),
                    Title = document.Options.SignedPdfFileName,
                    CreationElement = new FhirDateTime(signature.SignedAt),
                });
            }
        }

        document.Add(report, "DiagnosticReport");
    }
}
