using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.Extensions.Configuration;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Fhir;
using OmicsReports.Reporting.Hl7v2;
using OmicsReports.Reporting.Interop;

namespace OmicsReports.Cli.Commands;

/// <summary>
/// Writes each case's distilled report as a FHIR R4 bundle (<c>&lt;sampleId&gt;.fhir.json</c>) or an HL7 v2.5.1
/// ORU^R01 message (<c>&lt;sampleId&gt;.hl7</c>), all or nothing through <see cref="ReportWriter"/>'s staging folder.
/// Nothing here has been signed out: every file is a preliminary version 1 without a PDF.
/// </summary>
internal static class InteropReportWriter
{
    public static Task<int> WriteFhirAsync(
        IReadOnlyList<OmicsCase> cases, string folder, Func<OmicsCase, OmicsReport> distill, GeneCatalog genes, CancellationToken cancellationToken)
    {
        var extras = new InteropExtras { Genes = genes };
        return WriteAsync(cases, folder, ".fhir.json", c => FhirReportWriter.Write(PdfReportWriter.Request(c, distill(c), TimeProvider.System.GetUtcNow()), extras), cancellationToken);
    }

    public static Task<int> WriteHl7Async(
        IReadOnlyList<OmicsCase> cases, string folder, Func<OmicsCase, OmicsReport> distill, GeneCatalog genes, Hl7Options settings, CancellationToken cancellationToken)
    {
        var extras = new InteropExtras { Genes = genes };
        return WriteAsync(cases, folder, ".hl7", c => Encoding.UTF8.GetBytes(
            OruR01Writer.Write(PdfReportWriter.Request(c, distill(c), TimeProvider.System.GetUtcNow()), settings, extras)), cancellationToken);
    }

    /// <summary>The HL7 settings of the deployment (Omics:Hl7), or null with every problem named when they are not valid.</summary>
    public static (Hl7Options? Settings, string? Problem) Hl7Settings(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Hl7Options.Section).Get<Hl7Options>() ?? new Hl7Options();
        var problems = new List<ValidationResult>();
        return Validator.TryValidateObject(settings, new ValidationContext(settings), problems, validateAllProperties: true)
            ? (settings, null)
            : (null, $"the HL7 settings ({Hl7Options.Section}) are not valid: {string.Join("; ", problems.Select(p => p.ErrorMessage))}");
    }

    private static Task<int> WriteAsync(IReadOnlyList<OmicsCase> cases, string folder, string suffix, Func<OmicsCase, byte[]> content, CancellationToken cancellationToken) =>
        ReportWriter.StageAllAsync(cases, folder, c => ReportWriter.FileNameOf(c.Specimen.SampleId), suffix, Math.Max(2, Environment.ProcessorCount),
            async (c, path, token) => await File.WriteAllBytesAsync(path, content(c), token), cancellationToken);
}
