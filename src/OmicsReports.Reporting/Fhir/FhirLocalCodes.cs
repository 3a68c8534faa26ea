using OmicsReports.Domain.Cases;

namespace OmicsReports.Reporting.Fhir;

/// <summary>
/// Words used as the text of component codes for values that neither the IG, LOINC as cited by the product, nor any
/// other source we may cite gives a code for. A text-only CodeableConcept is valid FHIR; receivers read the words.
/// The importer (OmicsReports.Ingest, FhirCodes) reads the same words back.
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

    public static string IshText(IshResult ish) => ish switch
    {
        IshResult.Amplified => "amplified",
        IshResult.NotAmplified => "not amplified",
        IshResult.Equivocal => "equivocal",
        _ => "not done",
    };
}
