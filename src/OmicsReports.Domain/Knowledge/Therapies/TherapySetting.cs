namespace OmicsReports.Domain.Knowledge.Therapies;

/// <summary>
/// Where in the course of treatment a label or guideline places a regimen. The order of the values is the order in
/// which the report shows a biomarker's options: first line before later lines (DOMAIN.md, "Line of therapy": a
/// report that lists a third-line drug first misleads). JSON: kebab-case.
/// </summary>
public enum TherapyLine
{
    /// <summary>First-line treatment of advanced or metastatic disease.</summary>
    FirstLine,

    /// <summary>The label or guideline does not restrict the line (e.g. larotrectinib for NTRK fusions).</summary>
    AnyLine,

    /// <summary>Maintenance after a response to first-line treatment (e.g. olaparib in BRCA-mutated ovarian cancer).</summary>
    Maintenance,

    /// <summary>After progression on a named prior therapy (see <see cref="TherapySetting.After"/>).</summary>
    LaterLine,

    /// <summary>After curative surgery.</summary>
    Adjuvant,

    /// <summary>Before surgery, or before and after it (perioperative).</summary>
    Neoadjuvant,
}

/// <summary>
/// The setting of a regimen as its label or guideline states it: the line and, for later lines, the prior therapy it
/// requires. <see cref="After"/> holds drug-class ids of knowledge/drugs.yaml (or drug names); every entry must have
/// been received ("after an EGFR inhibitor and platinum chemotherapy" is two entries).
/// </summary>
public sealed record TherapySetting(TherapyLine Line, IReadOnlyList<string> After)
{
    public static TherapySetting FirstLine { get; } = new(TherapyLine.FirstLine, []);

    public static TherapySetting AnyLine { get; } = new(TherapyLine.AnyLine, []);
}

/// <summary>Which regimens a resistance rule speaks against. JSON: kebab-case.</summary>
public enum ResistanceScope
{
    /// <summary>Every regimen containing the drug.</summary>
    AnyRegimen,

    /// <summary>
    /// The drug as the only biomarker-directed agent of a regimen (alone or with chemotherapy, hormonal or other
    /// partners). A combination with another directed drug, designed to overcome the resistance, is not affected:
    /// BRAF V600E predicts failure of anti-EGFR antibodies alone in colorectal cancer, while encorafenib with
    /// cetuximab is the approved answer to it (NCCN colon cancer guideline, BRAF V600E and anti-EGFR antibodies).
    /// </summary>
    Monotherapy,
}
