namespace OmicsReports.Ingest.Formats.Fhir;

/// <summary>
/// The LOINC codes and IG codes (hl7.fhir.uv.genomics-reporting 3.0.0) that say what an Observation or one of its
/// components holds.
/// </summary>
internal static class FhirCodes
{
    public const string Variant = "69548-6";
    public const string GeneStudied = "48018-6";
    public const string CodingHgvs = "48004-6";
    public const string ProteinHgvs = "48005-3";
    public const string GenomicHgvs = "81290-9";
    public const string Transcript = "51958-7";
    public const string GenomicReference = "48013-7";
    public const string AlleleFrequency = "81258-6";
    public const string ReadDepth = "82121-5";
    public const string GenomicSource = "48002-0";
    public const string ReferenceAllele = "69547-8";
    public const string AlternateAllele = "69551-0";
    public const string ExactStartEnd = "81254-5";
    public const string Chromosome = "48000-4";
    public const string DiscreteVariant = "81252-9";
    public const string ChangeType = "48019-4";
    public const string Tmb = "94076-7";
    public const string Msi = "81695-9";
    public const string PdL1 = "85147-7";
    public const string Genotype = "84413-4";
    public const string Medication = "51963-7";
    public const string EvidenceLevel = "93044-6";
    public const string AssociatedPhenotype = "81259-4";

    // LOINC answers for genomic source class (48002-0).
    public const string Somatic = "LA6684-0";
    public const string Germline = "LA6683-2";

    // IG codes (tbd-codes-cs) for implication Observations and their components.
    public const string TherapeuticImplication = "therapeutic-implication";
    public const string MolecularConsequence = "molecular-consequence";
    public const string FeatureConsequence = "feature-consequence";
    public const string AssociatedTherapy = "associated-therapy";
    public const string ConclusionString = "conclusion-string";
}

/// <summary>What an Observation reports, from its code or its profile.</summary>
internal enum FhirKind
{
    Variant,
    Tmb,
    Msi,
    PdL1,
    Hrd,
    Ihc,
    Genotype,
    TherapeuticImplication,
    MolecularConsequence,
    Other,
}

internal static class FhirObservations
{
    public static FhirKind KindOf(this FhirObservation observation) => observation switch
    {
        _ when observation.Is(FhirCodes.Tmb, "tmb") => FhirKind.Tmb,
        _ when observation.Is(FhirCodes.Msi, "msi") => FhirKind.Msi,
        _ when observation.Is(FhirCodes.PdL1, "pd-l1") => FhirKind.PdL1,
        _ when observation.Is(FhirCodes.Genotype, "genotype") => FhirKind.Genotype,
        _ when FhirImmunogenomics.IsHrd(observation) => FhirKind.Hrd,
        _ when FhirImmunogenomics.IhcMarkerOf(observation) is not null => FhirKind.Ihc,
        _ when observation.Is(FhirCodes.TherapeuticImplication, "therapeutic-implication") => FhirKind.TherapeuticImplication,
        _ when observation.Is(FhirCodes.MolecularConsequence, "molecular-consequence") => FhirKind.MolecularConsequence,
        _ when observation.Is(FhirCodes.Variant, "variant") => FhirKind.Variant,
        _ => FhirKind.Other,
    };

    /// <summary>The Observation as written, for a finding's original: its code, value and components ("code=value").</summary>
    public static string Describe(this FhirObservation observation)
    {
        var parts = new List<string> { $"{observation.Code?.Coding?.FirstOrDefault()?.Code ?? observation.Code?.Text}={Value(observation.ValueQuantity, observation.ValueCodeableConcept, observation.ValueString, null)}" };
        parts.AddRange((observation.Component ?? []).Select(c => $"{c.Code?.Coding?.FirstOrDefault()?.Code ?? c.Code?.Text}={Value(c.ValueQuantity, c.ValueCodeableConcept, c.ValueString, c.ValueRange)}"));
        parts.AddRange((observation.Note ?? []).Select(n => $"note={n.Text}"));
        return string.Join("; ", parts);
    }

    /// <summary>A short name of an Observation that is not imported, for the summary warning.</summary>
    public static string KindName(this FhirObservation observation) =>
        observation.Meta?.Profile?.FirstOrDefault()?.Split('/')[^1] ?? observation.Code?.Words ?? "untyped observation";

    public static FhirComponent? Component(this FhirObservation observation, string code) =>
        observation.Component?.FirstOrDefault(c => c.Code?.Has(code) == true);

    public static IEnumerable<FhirComponent> Components(this FhirObservation observation, string code) =>
        observation.Component?.Where(c => c.Code?.Has(code) == true) ?? [];

    /// <summary>A component's value as words: its string, else its concept's display, code or text.</summary>
    public static string? Words(this FhirComponent? component) =>
        component is null ? null : component.ValueString ?? component.ValueCodeableConcept?.Words;

    /// <summary>A component's coded value (an HGVS string, a LOINC answer), else its display or text.</summary>
    public static string? CodeOrWords(this FhirComponent? component) =>
        component?.ValueCodeableConcept?.Coding?.Select(c => c.Code).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c)) ?? component.Words();

    private static string Value(FhirQuantity? quantity, FhirCodeableConcept? concept, string? text, FhirRange? range)
    {
        if (quantity?.Value is { } value)
        {
            return $"{value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {quantity.Unit ?? quantity.Code}".Trim();
        }

        if (range is not null)
        {
            return $"{range.Low?.Value}-{range.High?.Value}";
        }

        var coding = concept?.Coding?.FirstOrDefault();
        return text ?? (coding is null ? concept?.Text : coding.Display is { } display && display != coding.Code ? $"{coding.Code} ({display})" : coding.Code) ?? string.Empty;
    }

    private static bool Is(this FhirObservation observation, string code, string profile) =>
        observation.Code?.Has(code) == true
        || observation.Meta?.Profile?.Any(p => p.EndsWith("/" + profile, StringComparison.Ordinal)) == true;
}
