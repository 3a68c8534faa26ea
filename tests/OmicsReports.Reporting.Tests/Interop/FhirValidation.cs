using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace OmicsReports.Reporting.Tests.Interop;

/// <summary>
/// The Firely validator, offline: once against base FHIR R4 alone (meta.profile ignored), once against base R4 plus
/// the Genomics Reporting IG's StructureDefinitions (meta.profile followed). Both resolvers are built once per test
/// run: the specification zip takes seconds to index and every profile is compiled on first use.
/// </summary>
internal static class FhirValidation
{
    private static readonly Lazy<IAsyncResourceResolver> Specification = new(() => new CachedResolver(ZipSource.CreateValidationSource()).AsAsync());

    private static readonly Lazy<Validator> BaseValidator = new(() => new Validator(
        Specification.Value, new LocalTerminologyService(Specification.Value), null,
        new ValidationSettings { SelectValidationProfiles = (_, _, _, _) => [] }));

    private static readonly Lazy<Validator> IgValidator = new(() =>
    {
        var ig = new DirectorySource(InteropTools.GenomicsReportingPackage, new DirectorySourceSettings { IncludeSubDirectories = false });
        var both = new CachedResolver(new MultiResolver(ig, ZipSource.CreateValidationSource())).AsAsync();
        return new Validator(both, new LocalTerminologyService(both), null, new ValidationSettings());
    });

    private static readonly Lock Gate = new();

    /// <summary>Errors and fatal issues against base R4, as readable lines.</summary>
    public static IReadOnlyList<string> BaseErrors(Resource resource) => Errors(BaseValidator.Value, resource);

    /// <summary>Errors and fatal issues against the IG profiles each resource declares.</summary>
    public static IReadOnlyList<string> IgErrors(Resource resource) => Errors(IgValidator.Value, resource);

    private static List<string> Errors(Validator validator, Resource resource)
    {
        OperationOutcome outcome;
        // The validator caches compiled schemas; one validation at a time keeps the two cores for the other tests.
        lock (Gate)
        {
            outcome = validator.Validate(resource, null);
        }

        return [.. outcome.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{i.Severity} {i.Details?.Text} @ {string.Join(", ", i.Expression)}")];
    }
}
