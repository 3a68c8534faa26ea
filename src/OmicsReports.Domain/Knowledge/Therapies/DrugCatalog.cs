namespace OmicsReports.Domain.Knowledge.Therapies;

/// <summary>
/// What a drug is, as far as the report needs to know: whether it can be the biomarker-directed part of a regimen
/// (<see cref="Targeted"/>, <see cref="Immunotherapy"/>) or is a partner that belongs to a tumour type's own standard
/// care (the rest). Carry-over to other tumour types and "monotherapy" resistance both turn on this. JSON: kebab-case.
/// </summary>
public enum DrugRole
{
    /// <summary>A drug aimed at a molecular target (kinase inhibitors, antibodies, conjugates).</summary>
    Targeted,

    /// <summary>Immune checkpoint inhibitors and other immunotherapies selected by MSI, TMB or PD-L1.</summary>
    Immunotherapy,

    /// <summary>Cytotoxic chemotherapy, including backbone modulators such as leucovorin.</summary>
    Chemotherapy,

    /// <summary>Endocrine therapy: aromatase inhibitors, SERDs, anti-androgens, androgen-synthesis inhibitors.</summary>
    Hormonal,

    /// <summary>VEGF/VEGFR antibodies and multikinase inhibitors given for their anti-angiogenic action.</summary>
    AntiAngiogenic,

    /// <summary>Azacitidine, decitabine.</summary>
    Hypomethylating,

    /// <summary>Corticosteroids and other drugs given alongside, not for the tumour's biology.</summary>
    Supportive,
}

/// <summary>One drug of knowledge/drugs.yaml: its role and the classes a prior-therapy requirement can name.</summary>
public sealed record DrugInfo(string Name, DrugRole Role, IReadOnlyList<string> Classes)
{
    /// <summary>True for roles that make a drug a tumour-specific partner rather than the biomarker-directed agent.</summary>
    public bool IsPartner => Role is not (DrugRole.Targeted or DrugRole.Immunotherapy);
}

/// <summary>A named group of drugs for prior-therapy requirements, e.g. "egfr-tki": "an EGFR tyrosine kinase inhibitor".</summary>
public sealed record DrugClass(string Id, string Name);

/// <summary>
/// The drugs of knowledge/drugs.yaml. Every drug a rule names must be listed (the validator checks it), so no
/// chemotherapy backbone can pass for a biomarker-directed drug by being forgotten. A base without drugs.yaml (unit
/// tests) treats every drug as directed and knows no classes.
/// </summary>
public sealed record DrugCatalog(IReadOnlyDictionary<string, DrugInfo> Drugs, IReadOnlyDictionary<string, DrugClass> Classes)
{
    /// <summary>The requirement any prior systemic therapy satisfies ("after prior systemic therapy", many later-line labels).</summary>
    public const string AnySystemicTherapy = "systemic-therapy";

    public static DrugCatalog Empty { get; } = new(new Dictionary<string, DrugInfo>(StringComparer.Ordinal), new Dictionary<string, DrugClass>(StringComparer.Ordinal));

    public DrugInfo? Find(string drug) => Drugs.GetValueOrDefault(drug);

    /// <summary>True when the catalogue lists the drug with a partner role.</summary>
    public bool IsPartner(string drug) => Find(drug)?.IsPartner == true;

    /// <summary>
    /// True when a received drug satisfies one requirement: the drug itself, a class it belongs to, its role
    /// written as a class ("chemotherapy", "hormonal"), or "systemic-therapy", which any drug satisfies.
    /// </summary>
    public bool Satisfies(string receivedDrug, string requirement)
    {
        ArgumentNullException.ThrowIfNull(receivedDrug);
        ArgumentNullException.ThrowIfNull(requirement);
        if (string.Equals(receivedDrug, requirement, StringComparison.Ordinal) || string.Equals(requirement, AnySystemicTherapy, StringComparison.Ordinal))
        {
            return true;
        }

        return Find(receivedDrug) is { } info
            && (info.Classes.Contains(requirement, StringComparer.Ordinal) || string.Equals(RoleId(info.Role), requirement, StringComparison.Ordinal));
    }

    /// <summary>"an EGFR tyrosine kinase inhibitor" for a class id, the drug name itself otherwise.</summary>
    public string Describe(string requirement) => requirement == AnySystemicTherapy ? "systemic therapy"
        : Classes.TryGetValue(requirement, out var drugClass) ? drugClass.Name
        : Enum.GetValues<DrugRole>().Any(r => RoleId(r) == requirement) ? RoleName(requirement)
        : requirement;

    /// <summary>The id under which a role can be named as a requirement: "chemotherapy", "hormonal", "anti-angiogenic".</summary>
    public static string RoleId(DrugRole role) => role switch
    {
        DrugRole.AntiAngiogenic => "anti-angiogenic",
        _ => role.ToString().ToLowerInvariant(),
    };

    private static string RoleName(string roleId) => roleId switch
    {
        "hormonal" => "hormonal therapy",
        "anti-angiogenic" => "anti-angiogenic therapy",
        "hypomethylating" => "a hypomethylating agent",
        "targeted" => "targeted therapy",
        _ => roleId,
    };
}
