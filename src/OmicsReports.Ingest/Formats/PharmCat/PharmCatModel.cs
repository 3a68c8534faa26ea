using System.Text.Json;

namespace OmicsReports.Ingest.Formats.PharmCat;

// The parts of PharmCAT's Reporter JSON (report.json, PharmCAT 3.x) that OmicsReports reads; every other property is
// skipped while streaming. Values whose type varies between reports (activityScore: "1.0", null or "No Result")
// are read as JsonElement and interpreted by the mapper.

internal sealed record PharmCatReport
{
    public string? Title { get; init; }

    public string? PharmcatVersion { get; init; }

    public Dictionary<string, PharmCatGene>? Genes { get; init; }

    /// <summary>Source ("CPIC Guideline Annotation"...) → drug name → the drug's matched guidance.</summary>
    public Dictionary<string, Dictionary<string, PharmCatDrug>>? Drugs { get; init; }
}

internal sealed record PharmCatGene
{
    public string? GeneSymbol { get; init; }

    /// <summary>MATCHER (called from the VCF), OUTSIDE (an outside call) or NONE (not called).</summary>
    public string? CallSource { get; init; }

    public List<PharmCatDiplotype>? SourceDiplotypes { get; init; }
}

internal sealed record PharmCatDiplotype
{
    public string? Label { get; init; }

    public List<string>? Phenotypes { get; init; }

    public JsonElement? ActivityScore { get; init; }
}

internal sealed record PharmCatDrug
{
    public string? Name { get; init; }

    public List<PharmCatGuideline>? Guidelines { get; init; }
}

internal sealed record PharmCatGuideline
{
    public List<PharmCatAnnotation>? Annotations { get; init; }
}

internal sealed record PharmCatAnnotation
{
    /// <summary>Recommendation text with embedded HTML (headings, links) and newlines.</summary>
    public string? DrugRecommendation { get; init; }

    public string? Classification { get; init; }

    public string? Population { get; init; }

    /// <summary>Gene → phenotype the recommendation was looked up by; says which genes it concerns.</summary>
    public Dictionary<string, JsonElement>? Phenotypes { get; init; }
}
