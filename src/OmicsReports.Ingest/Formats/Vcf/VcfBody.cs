using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Formats.Common;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Vcf;

/// <summary>
/// The records of one VCF after its #CHROM line: picks the tumour column, parses CSQ through the header's layout,
/// hands each record to the small-variant or structural mapper, and ends with the summary warnings.
/// </summary>
internal sealed class VcfBody
{
    private static readonly string[] FixedColumns = ["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"];

    private readonly InputFile file;
    private readonly ImportSession session;
    private readonly int columns;
    private readonly TumorColumn? tumor;
    private readonly CaseBuilder builder;
    private readonly VepAnnotations? vep;
    private readonly UnknownGeneTally unknownGenes;
    private readonly SmallVariantMapper small;
    private readonly StructuralRecordMapper structural;
    private readonly int headerLine;

    private VcfBody(InputFile file, ImportSession session, int columns, TumorColumn? tumor, CaseBuilder builder, VcfHeader header, int headerLine)
    {
        (this.file, this.session, this.columns, this.tumor, this.builder, this.headerLine) = (file, session, columns, tumor, builder, headerLine);
        vep = header.CsqFields is { } fields ? new VepAnnotations(new VepLayout(fields)) : null;
        unknownGenes = new UnknownGeneTally(file, "gene symbols in the CSQ annotation");
        small = new SmallVariantMapper(file, session, builder, unknownGenes);
        structural = new StructuralRecordMapper(file, session, builder, unknownGenes);
    }

    /// <summary>Checks the #CHROM line and finds the case; null (with an error) when the header is not a VCF header.</summary>
    public static VcfBody? Start(string line, int lineNumber, VcfHeader header, InputFile file, ImportSession session)
    {
        var names = line.Split('\t');
        for (var i = 0; i < FixedColumns.Length; i++)
        {
            if (i >= names.Length || names[i] != FixedColumns[i])
            {
                session.Error("missing-column", file, lineNumber, i + 1,
                    $"The #CHROM header must start with {string.Join(", ", FixedColumns)}; column {i + 1} is '{(i < names.Length ? names[i] : "missing")}'.");
                return null;
            }
        }

        var samples = names.Skip(VcfRecord.FirstSampleColumn).ToList();
        if (samples.Count > 0 && names[8] != "FORMAT")
        {
            session.Error("missing-column", file, lineNumber, 9, $"Column 9 of a VCF with samples must be FORMAT, not '{names[8]}'.");
            return null;
        }

        if (samples.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            // Which of two same-named sample columns is the tumour cannot be told: refuse, never pick by position.
            session.Error("duplicate-column", file, lineNumber, VcfRecord.FirstSampleColumn + samples.LastIndexOf(repeated.Key) + 1,
                $"The sample column '{repeated.Key}' appears twice in the #CHROM line; each sample may appear once.");
            return null;
        }

        var tumor = TumorColumns.Choose(samples, header, session.Options);
        var column = tumor is null ? null : (int?)(VcfRecord.FirstSampleColumn + tumor.Index + 1);
        var builder = tumor is null ? session.Unnamed(file) : session.SampleOrRequested(tumor.Name, file, lineNumber, column);
        if (builder is null)
        {
            return null; // not asked for, or unknown to the clinical files (already reported)
        }

        if (tumor?.Warning is { } warning)
        {
            builder.Warn(ImportProblem.Warning("tumor-sample-by-order", file.Name, lineNumber, column, warning));
        }

        return new VcfBody(file, session, names.Length, tumor, builder, header, lineNumber);
    }

    public void Read(string text, int line)
    {
        if (text[0] == '#')
        {
            session.InvalidRow("misplaced-header", file, line, 1, "A header line ('#') comes after the #CHROM line.");
            return;
        }

        if (VcfRecord.Parse(text, line, columns, file, session) is not { } record || record.Alternates.Count == 0)
        {
            return;
        }

        var sample = tumor is null ? null : record.Sample(tumor.Index, file, session);
        if (tumor is not null && sample is null)
        {
            return;
        }

        IReadOnlyList<VepEntry>? entries = null;
        if (vep is not null && record.InfoValue("CSQ") is { Length: > 0 } csq && (entries = vep.Parse(csq, record, file, session)) is null)
        {
            return;
        }

        if (StructuralRecordMapper.IsStructural(record))
        {
            structural.Add(record, sample, VcfRecord.FirstSampleColumn + (tumor?.Index ?? 0) + 1, entries);
        }
        else
        {
            small.Add(record, sample, VcfRecord.FirstSampleColumn + (tumor?.Index ?? 0) + 1, entries);
        }
    }

    public void Finish()
    {
        if (small.WithoutGene > 0)
        {
            var why = vep is null ? "the file has no VEP CSQ annotation" : "their CSQ entries name no gene";
            builder.Warn(ImportProblem.Warning("no-gene-annotation", file.Name, headerLine, null,
                $"{small.WithoutGene} variants lack gene annotation ({why}); they are kept by position only, and no gene is inferred from coordinates."));
        }

        if (small.NotInTumor > 0)
        {
            builder.Warn(ImportProblem.Warning("allele-not-in-tumor", file.Name, headerLine, tumor is null ? null : VcfRecord.FirstSampleColumn + tumor.Index + 1,
                $"{small.NotInTumor} ALT alleles are absent from the tumour column '{tumor?.Name}' (its genotype lacks them and it has no ALT reads, " +
                "as in LOH calls where the tumour lost the allele); they were not imported as tumour variants."));
        }

        if (structural.WithoutGenes > 0)
        {
            builder.Warn(ImportProblem.Warning("sv-without-genes", file.Name, headerLine, null,
                $"{structural.WithoutGenes} structural-variant records name no gene and were not imported: OmicsReports does not map " +
                "breakpoints to genes; annotate the VCF (e.g. with VEP) to name them."));
        }

        unknownGenes.Report(builder);
    }
}
