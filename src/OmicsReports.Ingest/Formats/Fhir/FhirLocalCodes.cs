namespace OmicsReports.Ingest.Formats.Fhir;

/// <summary>
/// The words OmicsReports' FHIR export (OmicsReports.Reporting.Fhir.FhirLocalCodes) uses as component codes for
/// values no code system covers. Kept in step with the writer by the round-trip tests.
/// </summary>
internal static class FhirLocalCodes
{
    public const string MsiScore = "MSI score";
    public const string ScoringSystem = "Scoring system";
    public const string Category = "IHC category";
    public const string Ish = "ISH result";
    public const string Expression = "mRNA expression";
    public const string ZScore = "mRNA z-score";
    public const string ZScoreReference = "mRNA z-score reference";
    public const string ActivityScore = "Activity score";
    public const string GenotypeCall = "Genotype call";
    public const string NoCall = "no call";
}
