namespace OmicsReports.Data.Demo;

/// <summary>How far a demo case has come through sign-out.</summary>
internal enum DemoSignOut
{
    Draft,
    InReview,
    Signed,

    /// <summary>Version 1 signed, version 2 an amendment of it, signed as well.</summary>
    Amended,
}

/// <summary>
/// What the demo bundle of one sample cannot say: where its report stands in sign-out and what the pathologist wrote.
/// The findings come from <c>demo/cases/&lt;SampleId&gt;.json</c> and the report from the rules engine.
/// </summary>
internal sealed record DemoPatient(string SampleId, DemoSignOut SignOut)
{
    public string Comment { get; init; } = string.Empty;

    public string? AmendmentReason { get; init; }

    public string? AmendedComment { get; init; }

    /// <summary>
    /// Import warning codes the bundle is written to produce, to show how odd input looks. Any other warning, or a
    /// missing one, means the demo data no longer says what it was written to say, and the start stops.
    /// </summary>
    public IReadOnlyList<string> ExpectedWarnings { get; init; } = [];
}

/// <summary>
/// The demo patients by sample id. The comments state only what the engine's report for the bundle shows (checked by
/// DemoBundleTests); rewrite them when a knowledge-base release changes those reports.
/// </summary>
internal static class DemoCatalog
{
    public static IReadOnlyList<DemoPatient> All { get; } =
    [
        new("DEMO-S1-MEL", DemoSignOut.Signed)
        {
            Comment = "BRAF V600E detected at a variant allele fraction of 42%, consistent with a clonal event. The report lists " +
                "BRAF and MEK inhibitor combinations at tier IA for melanoma. TMB is high (14.2 mut/Mb); NRAS and KIT were " +
                "assessed and not detected.",
        },
        new("DEMO-S2-CRC", DemoSignOut.InReview)
        {
            Comment = "BRAF V600E at a low allele fraction (9%), in keeping with the low tumour purity (15%). KRAS and NRAS " +
                "were assessed and not detected. The DPYD and UGT1A1 genotypes call for reduced starting doses of " +
                "fluoropyrimidines and irinotecan.",
            // The pharmacogenomic calls arrive without the panel that produced them, as outside calls often do.
            ExpectedWarnings = ["coverage-unknown"],
        },
        new("DEMO-S3-LUNG", DemoSignOut.Amended)
        {
            Comment = "EGFR L858R (exon 19) detected; the report lists EGFR tyrosine kinase inhibitors at tier IA. " +
                "PD-L1 TPS is 60% (22C3).",
            AmendmentReason = "Interpretive comment corrected: EGFR L858R lies in exon 21, not exon 19.",
            AmendedComment = "EGFR L858R (exon 21) detected; the report lists EGFR tyrosine kinase inhibitors at tier IA. " +
                "PD-L1 TPS is 60% (22C3).",
        },
        new("DEMO-S4-BRCA", DemoSignOut.Draft),
        new("DEMO-S5-THY", DemoSignOut.Draft),
        new("DEMO-S6-UEC", DemoSignOut.Draft),
        new("DEMO-S7-UNK", DemoSignOut.Draft),
    ];

    /// <summary>The catalogued patient, or a draft without comment for a bundle added to the folder only.</summary>
    public static DemoPatient For(string sampleId) =>
        All.FirstOrDefault(p => p.SampleId == sampleId) ?? new DemoPatient(sampleId, DemoSignOut.Draft);
}
