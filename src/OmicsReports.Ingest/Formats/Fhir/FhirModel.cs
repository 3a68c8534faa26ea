using System.Text.Json;

namespace OmicsReports.Ingest.Formats.Fhir;

// The few FHIR R4 elements the Genomics Reporting IG (STU3) uses for results, as System.Text.Json records; every
// other element is skipped. Property names are FHIR's JSON names (camelCase).

internal sealed record FhirBundle(string? ResourceType, string? Type, List<FhirEntry>? Entry);

internal sealed record FhirEntry(string? FullUrl, JsonElement? Resource);

internal sealed record FhirReference(string? Reference, string? Display);

internal sealed record FhirCoding(string? System, string? Code, string? Display);

internal sealed record FhirCodeableConcept(List<FhirCoding>? Coding, string? Text)
{
    /// <summary>The first coding's display, else its code, else the text.</summary>
    public string? Words => Coding?.Select(c => c.Display ?? c.Code).FirstOrDefault(w => !string.IsNullOrWhiteSpace(w)) ?? Text;

    public bool Has(string code) => Coding?.Any(c => string.Equals(c.Code, code, StringComparison.Ordinal)) == true;
}

internal sealed record FhirQuantity(decimal? Value, string? Unit, string? System, string? Code, string? Comparator = null);

internal sealed record FhirRange(FhirQuantity? Low, FhirQuantity? High);

internal sealed record FhirAnnotation(string? Text);

internal sealed record FhirMeta(List<string>? Profile);

internal sealed record FhirComponent(
    FhirCodeableConcept? Code,
    FhirQuantity? ValueQuantity,
    FhirCodeableConcept? ValueCodeableConcept,
    string? ValueString,
    FhirRange? ValueRange,
    int? ValueInteger);

internal sealed record FhirObservation(
    string? Id,
    FhirMeta? Meta,
    string? Status,
    FhirCodeableConcept? Code,
    FhirReference? Subject,
    FhirReference? Specimen,
    FhirCodeableConcept? Method,
    FhirQuantity? ValueQuantity,
    FhirCodeableConcept? ValueCodeableConcept,
    string? ValueString,
    List<FhirAnnotation>? Note,
    List<FhirComponent>? Component,
    List<FhirReference>? DerivedFrom,
    List<FhirReference>? HasMember);

internal sealed record FhirIdentifier(string? System, string? Value, FhirCodeableConcept? Type);

internal sealed record FhirHumanName(string? Use, string? Family, List<string>? Given, string? Text);

internal sealed record FhirPatient(string? Id, List<FhirIdentifier>? Identifier, List<FhirHumanName>? Name, string? Gender, string? BirthDate);

internal sealed record FhirSpecimenCollection(string? CollectedDateTime);

internal sealed record FhirSpecimen(string? Id, List<FhirIdentifier>? Identifier, FhirCodeableConcept? Type, FhirReference? Subject, FhirSpecimenCollection? Collection);

/// <summary>An extension, simple or complex (nested extensions), with the value types the IG's study profiles use.</summary>
internal sealed record FhirExtension(
    string? Url,
    FhirReference? ValueReference,
    FhirCodeableConcept? ValueCodeableConcept,
    string? ValueString,
    FhirQuantity? ValueQuantity,
    List<FhirExtension>? Extension);

/// <summary>A Procedure: the IG's genomic-study and genomic-study-analysis profiles.</summary>
internal sealed record FhirProcedure(
    string? Id,
    FhirMeta? Meta,
    List<FhirExtension>? Extension,
    List<FhirIdentifier>? Identifier,
    FhirReference? Subject,
    List<FhirCodeableConcept>? ReasonCode);

internal sealed record FhirDiagnosticReport(string? Id, FhirReference? Subject, List<FhirReference>? Specimen, List<FhirReference>? Result);
