using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Clinical;

/// <summary>
/// The clinical attributes OmicsReports maps (cBioPortal's names, which public studies and oncokb-annotator use, plus
/// PRIOR_THERAPIES, ours: the systemic therapies before this sample, separated by ';' or ',', or "none"), and the
/// columns the file declared NUMBER in its third '#' row, which must hold numbers.
/// </summary>
internal sealed record ClinicalColumns(
    int Sample,
    int Patient,
    int OncoTree,
    int CancerType,
    int CancerTypeDetailed,
    int Tmb,
    int MsiType,
    int MsiScore,
    int Purity,
    int SampleType,
    int Sex,
    int Age,
    int PriorTherapies,
    IReadOnlyList<int> DeclaredNumeric)
{
    /// <summary>Attribute names that make a SAMPLE_ID/PATIENT_ID table a clinical file.</summary>
    public static readonly string[] Known =
    [
        "ONCOTREE_CODE", "CANCER_TYPE", "CANCER_TYPE_DETAILED", "TMB_NONSYNONYMOUS", "MSI_TYPE", "MSI_SCORE",
        "TUMOR_PURITY", "SAMPLE_TYPE", "SEX", "GENDER", "AGE", "PATIENT_ID", "PRIOR_THERAPIES", .. ClinicalBiomarkers.Names,
    ];

    public static ClinicalColumns Locate(TabularReader table)
    {
        // cBioPortal's third metadata row names each column's type: STRING, NUMBER or BOOLEAN.
        var types = table.CommentLines.Count >= 4 ? table.CommentLines[2].Split('\t') : [];
        var numeric = Enumerable.Range(0, Math.Min(types.Length, table.Header.Count))
            .Where(i => types[i].Trim().Equals("NUMBER", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return new ClinicalColumns(
            table.Find("SAMPLE_ID"),
            table.Find("PATIENT_ID"),
            table.Find("ONCOTREE_CODE"),
            table.Find("CANCER_TYPE"),
            table.Find("CANCER_TYPE_DETAILED"),
            table.Find("TMB_NONSYNONYMOUS"),
            table.Find("MSI_TYPE"),
            table.Find("MSI_SCORE"),
            table.Find("TUMOR_PURITY"),
            table.Find("SAMPLE_TYPE"),
            table.Find("SEX", "GENDER"),
            table.Find("AGE"),
            table.Find("PRIOR_THERAPIES"),
            numeric);
    }
}
