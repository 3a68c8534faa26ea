using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OmicsReports.Reporting.Print;
using OmicsReports.Reporting.Interop;

namespace OmicsReports.Reporting.Fhir;

/// <summary>
/// Writes one stored report version as a FHIR R4 Bundle following the HL7 Genomics Reporting IG STU3 (3.0.0). It
/// reads the distilled report and the harmonized case of the version, never recomputes either, and derives every id
/// from the version, so the same version always gives the same bundle (docs/interop.md has the mapping table).
/// </summary>
public static class FhirReportWriter
{
    public const string ContentType = "application/fhir+json";

    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).Pretty();

    public static Bundle Build(PrintRequest request, InteropExtras? options = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = new FhirDocument(request, options ?? new InteropExtras());
        FhirPeopleMapper.Map(document);
        FhirVariantMapper.Map(document);
        FhirStructuralMapper.Map(document);
        FhirBiomarkerMapper.Map(document);
        FhirPgxMapper.Map(document);
        var study = FhirStudyMapper.Map(document);
        FhirImplicationMapper.Map(document);
        FhirRecommendations.FollowUps(document);
        FhirReportMapper.Map(document, study);

        var bundle = document.Bundle;
        bundle.Id = new FhirIds(request.Version.ReportId, request.Version.Version).For("Bundle");
        bundle.Identifier = new Identifier { System = "urn:ietf:rfc:3986", Value = "urn:uuid:" + bundle.Id };
        bundle.Timestamp = request.GeneratedAt;
        return bundle;
    }

    /// <summary>The bundle as indented FHIR JSON (UTF-8).</summary>
    public static byte[] Serialize(Bundle bundle) => JsonSerializer.SerializeToUtf8Bytes(bundle, Json);

    public static byte[] Write(PrintRequest request, InteropExtras? options = null) => Serialize(Build(request, options));
}
