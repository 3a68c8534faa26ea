namespace OmicsReports.Reporting.Fhir;

/// <summary>
/// The code systems, codes and profiles the export writes. LOINC codes are the ones the HL7 Genomics Reporting IG
/// STU3 (hl7.fhir.uv.genomics-reporting 3.0.0) fixes in its profiles, or that its examples use for the same
/// purpose; nothing here is coined by OmicsReports.
/// </summary>
internal static class FhirTerms
{
    public const string Loinc = "http://loinc.org";
    public const string Ucum = "http://unitsofmeasure.org";
    public const string Hgnc = "http://www.genenames.org";
    public const string Hgvs = "http://varnomen.hgvs.org";
    public const string SequenceOntology = "http://www.sequenceontology.org";

    /// <summary>OncoTree, under the system URI the MII molecular tumour board IG uses for it.</summary>
    public const string OncoTree = "http://data.mskcc.org/ontologies/oncotree";

    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";
    public const string V2Table0074 = "http://terminology.hl7.org/CodeSystem/v2-0074";
    public const string V2Table0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";

    public const string Ig = "http://hl7.org/fhir/uv/genomics-reporting";
    public const string TbdCodes = Ig + "/CodeSystem/tbd-codes-cs";
    public const string BiomarkerCategories = Ig + "/CodeSystem/molecular-biomarker-ontology-cs";
    public const string StudyMethods = Ig + "/CodeSystem/genomic-study-method-type-cs";
    public const string StudyChangeTypes = Ig + "/CodeSystem/genomic-study-change-type-cs";
    public const string StudyTypes = Ig + "/CodeSystem/genomic-study-type-cs";

    // LOINC codes of Observations and components (IG STU3 profiles; DOMAIN.md).
    public const string GeneticReport = "51969-4";
    public const string VariantCode = "69548-6";
    public const string GeneStudied = "48018-6";
    public const string CodingHgvs = "48004-6";
    public const string ProteinHgvs = "48005-3";
    public const string TranscriptRefSeq = "51958-7";
    public const string GenomicSource = "48002-0";
    public const string AlleleFrequency = "81258-6";
    public const string AllelicReadDepth = "82121-5";
    public const string RefAllele = "69547-8";
    public const string AltAllele = "69551-0";
    public const string ExactStartEnd = "81254-5";
    public const string CoordinateSystem = "92822-6";
    public const string ChromosomeIdentifier = "48000-4";
    public const string ChangeType = "48019-4";
    public const string CopyNumber = "82155-3";
    public const string DiscreteVariant = "81252-9";

    /// <summary>DNA region name, e.g. "exon 19"; the R4 core extension observation-geneticsDNARegionName uses it.</summary>
    public const string DnaRegion = "47999-8";

    public const string Tmb = "94076-7";
    public const string Msi = "81695-9";
    public const string PdL1By22C3 = "85147-7";
    public const string Genotype = "84413-4";

    /// <summary>Genetic variation's effect on drug metabolism: the CPIC phenotype of a genotype.</summary>
    public const string DrugMetabolismEffect = "53040-2";
    public const string Medication = "51963-7";
    public const string EvidenceLevel = "93044-6";
    public const string AssociatedPhenotype = "81259-4";

    // LOINC answers.
    public const string Present = "LA9633-4";
    public const string Absent = "LA9634-2";
    public const string Somatic = "LA6684-0";
    public const string Germline = "LA6683-2";
    public const string Sequencing = "LA26398-0";
    public const string OneBasedCounting = "LA30102-0";
    public const string MsiStable = "LA14122-8";
    public const string MsiHigh = "LA26203-2";
    public const string Responsive = "LA6677-4";
    public const string Resistant = "LA6676-6";
    public const string DecreaseDose = "LA26422-8";
    public const string ConsiderAlternative = "LA26421-0";

    // Profiles.
    public const string GenomicReportProfile = Ig + "/StructureDefinition/genomic-report";
    public const string VariantProfile = Ig + "/StructureDefinition/variant";
    public const string GenotypeProfile = Ig + "/StructureDefinition/genotype";
    public const string BiomarkerProfile = Ig + "/StructureDefinition/molecular-biomarker";
    public const string TherapeuticImplicationProfile = Ig + "/StructureDefinition/therapeutic-implication";
    public const string DiagnosticImplicationProfile = Ig + "/StructureDefinition/diagnostic-implication";
    public const string MolecularConsequenceProfile = Ig + "/StructureDefinition/molecular-consequence";
    public const string StudyProfile = Ig + "/StructureDefinition/genomic-study";
    public const string AnalysisProfile = Ig + "/StructureDefinition/genomic-study-analysis";
    public const string FollowUpProfile = Ig + "/StructureDefinition/followup-recommendation";
    public const string MedicationRecommendationProfile = Ig + "/StructureDefinition/medication-recommendation";

    // Extensions.
    public const string StudyReference = Ig + "/StructureDefinition/genomic-study-reference";
    public const string StudyAnalysis = Ig + "/StructureDefinition/genomic-study-analysis-ext";
    public const string AnalysisRegions = Ig + "/StructureDefinition/genomic-study-analysis-regions";
    public const string AnalysisMethodType = Ig + "/StructureDefinition/genomic-study-analysis-method-type";
    public const string AnalysisChangeType = Ig + "/StructureDefinition/genomic-study-analysis-change-type";
    public const string AnalysisSourceClass = Ig + "/StructureDefinition/genomic-study-analysis-genomic-source-class";
    public const string AnalysisTitle = Ig + "/StructureDefinition/genomic-study-analysis-title";
    public const string AnalysisSpecimen = Ig + "/StructureDefinition/genomic-study-analysis-specimen";
    public const string AnalysisFocus = Ig + "/StructureDefinition/genomic-study-analysis-focus";
    public const string AnalysisMetrics = Ig + "/StructureDefinition/genomic-study-analysis-metrics";
    public const string RecommendedAction = Ig + "/StructureDefinition/recommended-action";
    public const string RelatedArtifactComponent = Ig + "/StructureDefinition/workflow-relatedArtifactComponent";

    /// <summary>
    /// LOINC answer list LL2938-0 (chromosome 1-22, X, Y). Cross-checked against the IG's own examples, which use
    /// LA21256-5 (3), LA21262-3 (9), LA21269-8 (16) and LA21276-3 (X).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Chromosomes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["1"] = "LA21254-0", ["2"] = "LA21255-7", ["3"] = "LA21256-5", ["4"] = "LA21257-3", ["5"] = "LA21258-1",
        ["6"] = "LA21259-9", ["7"] = "LA21260-7", ["8"] = "LA21261-5", ["9"] = "LA21262-3", ["10"] = "LA21263-1",
        ["11"] = "LA21264-9", ["12"] = "LA21265-6", ["13"] = "LA21266-4", ["14"] = "LA21267-2", ["15"] = "LA21268-0",
        ["16"] = "LA21269-8", ["17"] = "LA21270-6", ["18"] = "LA21271-4", ["19"] = "LA21272-2", ["20"] = "LA21273-0",
        ["21"] = "LA21274-8", ["22"] = "LA21275-5", ["X"] = "LA21276-3", ["Y"] = "LA21277-1",
    };
}
