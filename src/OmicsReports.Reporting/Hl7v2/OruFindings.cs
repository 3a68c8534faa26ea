using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Distillation;
using OmicsReports.Reporting.Components;
using OmicsReports.Reporting.Interop;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Hl7v2;

/// <summary>
/// The OBX groups of the message, one sub-id (OBX-4) per statement, coded with the same LOINC codes as the FHIR
/// export: each tier I implication (gene 48018-6, c./p.HGVS 48004-6/48005-3, medication 51963-7, level of evidence
/// 93044-6, the rationale as a note), TMB 94076-7, MSI 81695-9, and each dose alert (gene, genotype 84413-4,
/// phenotype 53040-2, medication, the recommendation as a note).
/// </summary>
internal sealed class OruFindings(PrintRequest request, InteropExtras extras, string status)
{
    private readonly List<Hl7Segment> segments = [];
    private int setId;
    private int noteId;
    private int group;

    public IEnumerable<Hl7Segment> Segments()
    {
        var sent = InteropSummary.Sent(request).Select(p => p.Implication).ToList();
        foreach (var implication in sent.Where(InteropSummary.IsTierOne))
        {
            TierOne(implication);
        }

        Biomarkers();
        foreach (var implication in sent.Where(InteropSummary.IsDoseAlert))
        {
            DoseAlert(implication);
        }

        return segments;
    }

    /// <summary>The signed PDF as encapsulated data: ^application^pdf^Base64^data.</summary>
    public Hl7Segment Pdf(ReadOnlyMemory<byte> pdf) =>
        Obx("ED", "51969-4", "Genetic analysis report", (++group).ToString(CultureInfo.InvariantCulture),
            Hl7Segment.Join(null, "application", "pdf", "Base64", Convert.ToBase64String(pdf.Span)));

    private void TierOne(Implication implication)
    {
        var sub = (++group).ToString(CultureInfo.InvariantCulture);
        Genes(implication.Genes, sub);
        foreach (var matched in implication.Matched)
        {
            if (Variant(matched) is { } variant)
            {
                if (variant.HgvsC is { } hgvsc)
                {
                    Add("ST", "48004-6", "DNA change (c.HGVS)", sub, variant.Transcript is { } t ? $"{t}:{hgvsc}" : hgvsc);
                }

                if (variant.Protein is { } protein)
                {
                    Add("ST", "48005-3", "Amino acid change (pHGVS)", sub, protein.Hgvs);
                }
            }
            else
            {
                Add("ST", "81252-9", "Discrete genetic variant", sub, matched.Label);
            }
        }

        Add("ST", "51963-7", "Medication assessed", sub, string.Join(" + ", implication.Therapies));
        Add("ST", "93044-6", "Level of evidence", sub,
            $"AMP/ASCO/CAP tier {implication.Tier}, level {implication.Level} ({implication.EvidenceSource}); {ReportText.Direction(implication.Direction)}");
        Note($"{ReportText.Direction(implication.Direction)}: {implication.Rationale}");
    }

    private void Biomarkers()
    {
        if (request.Case.Tmb is { } tmb)
        {
            var sub = (++group).ToString(CultureInfo.InvariantCulture);
            segments.Add(Obx("NM", "94076-7", "Mutations/Megabase [# Ratio] in Tumor", sub, FindingLabels.Number(tmb.MutationsPerMegabase))
                .Components(6, "1/1000000", "mut/Mb", "UCUM"));
            KeyNote("TMB");
        }

        if (request.Case.Msi is { } msi)
        {
            var value = msi.Status switch
            {
                MsiStatus.High => Hl7Segment.Join("LA26203-2", "MSI-H", "LN"),
                MsiStatus.Stable => Hl7Segment.Join("LA14122-8", "Stable", "LN"),
                _ => Hl7Segment.Join(null, FindingLabels.MsiText(msi.Status)),
            };
            segments.Add(Obx("CWE", "81695-9", "Microsatellite instability", (++group).ToString(CultureInfo.InvariantCulture), value));
            KeyNote("MSI");
        }
    }

    private void DoseAlert(Implication implication)
    {
        var sub = (++group).ToString(CultureInfo.InvariantCulture);
        Genes(implication.Genes, sub);
        foreach (var result in implication.Genes.Select(g => request.Case.Pharmacogenomics.FirstOrDefault(p => p.Gene == g)).OfType<PharmacogenomicResult>())
        {
            Add("ST", "84413-4", "Genotype display name", sub, $"{result.Gene} {result.Diplotype}");
            if (result.Phenotype is { } phenotype)
            {
                Add("ST", "53040-2", "Genetic variation's effect on drug metabolism", sub, phenotype);
            }
        }

        Add("ST", "51963-7", "Medication assessed", sub, string.Join(" + ", implication.Therapies));
        Note($"{ReportText.Direction(implication.Direction)}: {implication.DoseAdjustment ?? implication.Rationale}");
    }

    private void Genes(IEnumerable<string> genes, string sub)
    {
        foreach (var gene in genes)
        {
            var id = extras.Genes?.Find(gene)?.HgncId;
            segments.Add(Obx("CWE", "48018-6", "Gene studied", sub, string.IsNullOrEmpty(id) ? Hl7Segment.Join(null, gene) : Hl7Segment.Join(id, gene, "HGNC")));
        }
    }

    /// <summary>The case's small variant an implication matched, found by its source and label as the report names it.</summary>
    private SmallVariant? Variant(MatchedFinding matched) => matched.Layer != nameof(Layer.SmallVariants) ? null
        : request.Case.Variants.FirstOrDefault(v => v.Source.ToString() == matched.Source && v.Label == matched.Label);

    private void KeyNote(string name)
    {
        if (request.Report.KeyBiomarkers.FirstOrDefault(k => k.Name == name && k.Tested) is { Interpretation: { } words })
        {
            Note(words);
        }
    }

    private void Add(string type, string code, string text, string sub, string value) => segments.Add(Obx(type, code, text, sub, Hl7Text.Escape(value)));

    private void Note(string text) => segments.Add(OruR01Writer.Note(++noteId, text));

    private Hl7Segment Obx(string type, string code, string text, string sub, string encodedValue) =>
        new Hl7Segment("OBX").Set(1, (++setId).ToString(CultureInfo.InvariantCulture)).Set(2, type)
            .Components(3, code, text, "LN").Set(4, sub).Raw(5, encodedValue).Set(11, status);
}
