using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Maf;

/// <summary>The MAF columns OmicsReports reads, located once per file; -1 where a file lacks one.</summary>
internal sealed record MafColumns
{
    public required int Gene { get; init; }
    public required int Entrez { get; init; }
    public required int Sample { get; init; }
    public required int Classification { get; init; }
    public required int Chromosome { get; init; }
    public required int Start { get; init; }
    public required int Reference { get; init; }
    public required int Allele1 { get; init; }
    public required int Allele2 { get; init; }
    public required int HgvsC { get; init; }

    /// <summary>Protein columns in order of preference: short form first, then 3-letter, then cBioPortal's own.</summary>
    public required int[] Protein { get; init; }
    public required int Transcript { get; init; }
    public required int Exon { get; init; }
    public required int Intron { get; init; }
    public required int Depth { get; init; }
    /// <summary>Read-count columns in order of preference: MAF's own, then the WashU pipeline's.</summary>
    public required int[] RefCount { get; init; }
    public required int[] AltCount { get; init; }
    public required int Status { get; init; }
    public required int Filter { get; init; }

    private static readonly string[] ProteinColumns = ["HGVSp_Short", "HGVSp", "Protein_Change", "Amino_Acid_Change"];

    public static MafColumns? Locate(TabularReader table)
    {
        var gene = table.Require("Hugo_Symbol");
        var sample = table.Require("Tumor_Sample_Barcode");
        if (gene < 0 || sample < 0)
        {
            return null;
        }

        return new MafColumns
        {
            Gene = gene,
            Sample = sample,
            Entrez = table.Find("Entrez_Gene_Id"),
            Classification = table.Find("Variant_Classification"),
            Chromosome = table.Find("Chromosome"),
            Start = table.Find("Start_Position"),
            Reference = table.Find("Reference_Allele"),
            Allele1 = table.Find("Tumor_Seq_Allele1"),
            Allele2 = table.Find("Tumor_Seq_Allele2"),
            HgvsC = table.Find("HGVSc"),
            Protein = [.. ProteinColumns.Select(n => table.Find(n)).Where(i => i >= 0)],
            Transcript = table.Find("Transcript_ID", "Feature"),
            Exon = table.Find("Exon_Number", "EXON"),
            Intron = table.Find("INTRON"),
            Depth = table.Find("t_depth"),
            RefCount = [.. new[] { table.Find("t_ref_count"), table.Find("tumor_ref_reads") }.Where(i => i >= 0)],
            AltCount = [.. new[] { table.Find("t_alt_count"), table.Find("tumors_var_reads") }.Where(i => i >= 0)],
            Status = table.Find("Mutation_Status"),
            Filter = table.Find("FILTER"),
        };
    }
}
