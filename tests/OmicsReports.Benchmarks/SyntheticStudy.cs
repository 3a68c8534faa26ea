using System.Globalization;
using System.Text;

namespace OmicsReports.Benchmarks;

/// <summary>
/// Writes a cBioPortal study of the size the import must handle (default: 10,000 samples, 425,000 MAF rows, a
/// 120-gene × 10,000-sample discrete CNA matrix, 5,000 fusions, a panel matrix and case lists) into a folder.
/// Deterministic (fixed seed); written at benchmark time into a temporary folder, never committed.
/// </summary>
public sealed class SyntheticStudy(int samples = 10_000, int mafRows = 425_000, int cnaGenes = 120, int fusions = 5_000)
{
    // Symbols of common cancer-panel genes; the values generated for them are random and mean nothing.
    private static readonly string[] Genes =
    [
        "ABL1", "AKT1", "ALK", "APC", "AR", "ARID1A", "ATM", "ATR", "AXL", "BAP1", "BRAF", "BRCA1", "BRCA2", "BRIP1", "BTK", "CCND1",
        "CCNE1", "CDH1", "CDK12", "CDK4", "CDK6", "CDKN2A", "CHEK1", "CHEK2", "CREBBP", "CTNNB1", "DDR2", "DNMT3A", "EGFR", "EP300",
        "ERBB2", "ERBB3", "ERBB4", "ESR1", "EZH2", "FANCA", "FBXW7", "FGFR1", "FGFR2", "FGFR3", "FGFR4", "FLT3", "FOXL2", "GATA3",
        "GNA11", "GNAQ", "GNAS", "HNF1A", "HRAS", "IDH1", "IDH2", "JAK1", "JAK2", "JAK3", "KDR", "KEAP1", "KIT", "KMT2A", "KMT2D",
        "KRAS", "MAP2K1", "MAP2K2", "MAP3K1", "MDM2", "MED12", "MET", "MLH1", "MPL", "MSH2", "MSH6", "MTOR", "MYC", "MYCN", "NF1",
        "NF2", "NOTCH1", "NPM1", "NRAS", "NTRK1", "NTRK2", "NTRK3", "PALB2", "PDGFRA", "PIK3CA", "PIK3R1", "PMS2", "POLE", "PTCH1",
        "PTEN", "PTPN11", "RAD51C", "RAD51D", "RB1", "RET", "RHOA", "RNF43", "ROS1", "SETD2", "SF3B1", "SMAD4", "SMARCA4", "SMARCB1",
        "SMO", "SPOP", "STK11", "TERT", "TET2", "TP53", "TSC1", "TSC2", "U2AF1", "VHL", "WT1", "XPO1", "ZFHX3", "ARID2", "ASXL1",
        "BCOR", "CIC", "CUL3", "ERCC2",
    ];

    private const string AminoAcids = "ACDEFGHIKLMNPQRSTVWY";

    public string Write(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "case_lists"));
        var random = new Random(20261121);
        var ids = Enumerable.Range(1, samples).Select(i => $"SYN-{i:D5}-T").ToArray();
        Meta(folder, "meta_study.txt", "type_of_cancer: luad\ncancer_study_identifier: synthetic\nname: Synthetic benchmark study\nreference_genome: hg19\n");
        Meta(folder, "meta_clinical_samples.txt", "cancer_study_identifier: synthetic\ngenetic_alteration_type: CLINICAL\ndatatype: SAMPLE_ATTRIBUTES\ndata_filename: data_clinical_samples.txt\n");
        Meta(folder, "meta_mutations.txt", "cancer_study_identifier: synthetic\ngenetic_alteration_type: MUTATION_EXTENDED\ndatatype: MAF\nstable_id: mutations\ndata_filename: data_mutations.txt\n");
        Meta(folder, "meta_cna.txt", "cancer_study_identifier: synthetic\ngenetic_alteration_type: COPY_NUMBER_ALTERATION\ndatatype: DISCRETE\nstable_id: gistic\ndata_filename: data_cna.txt\n");
        Meta(folder, "meta_sv.txt", "cancer_study_identifier: synthetic\ngenetic_alteration_type: STRUCTURAL_VARIANT\ndatatype: SV\nstable_id: structural_variants\ndata_filename: data_sv.txt\n");
        Meta(folder, "meta_gene_panel_matrix.txt", "cancer_study_identifier: synthetic\ngenetic_alteration_type: GENE_PANEL_MATRIX\ndatatype: GENE_PANEL_MATRIX\ndata_filename: data_gene_panel_matrix.txt\n");
        Meta(folder, "data_gene_panel_syn.txt", $"stable_id: SYN-PANEL\ndescription: Synthetic panel\ngene_list: {string.Join('\t', Genes)}\n");
        Meta(folder, "case_lists/cases_sequenced.txt", $"cancer_study_identifier: synthetic\nstable_id: synthetic_sequenced\ncase_list_name: Sequenced\ncase_list_description: All\ncase_list_ids: {string.Join('\t', ids)}\n");
        WriteClinical(folder, ids, random);
        WriteMaf(Path.Combine(folder, "data_mutations.txt"), ids, random);
        WriteCna(Path.Combine(folder, "data_cna.txt"), ids, random);
        WriteSv(Path.Combine(folder, "data_sv.txt"), ids, random);
        using (var matrix = Text(Path.Combine(folder, "data_gene_panel_matrix.txt")))
        {
            matrix.WriteLine("SAMPLE_ID\tmutations\tgistic");
            foreach (var id in ids)
            {
                matrix.WriteLine($"{id}\tSYN-PANEL\tSYN-PANEL");
            }
        }

        return folder;
    }

    /// <summary>Only the MAF, for the rows-per-second benchmark.</summary>
    public string WriteMafOnly(string path)
    {
        WriteMaf(path, [.. Enumerable.Range(1, samples).Select(i => $"SYN-{i:D5}-T")], new Random(20261121));
        return path;
    }

    private static void WriteClinical(string folder, string[] ids, Random random)
    {
        using var writer = Text(Path.Combine(folder, "data_clinical_samples.txt"));
        writer.Write("#Patient Identifier\tSample Identifier\tOncotree Code\tTMB\tMSI Type\tTumor Purity\tSample Type\n");
        writer.Write("#Patient\tSample\tOncotree code\tTMB (nonsynonymous)\tMSI type\tPurity\tType\n");
        writer.Write("#STRING\tSTRING\tSTRING\tNUMBER\tSTRING\tNUMBER\tSTRING\n#1\t1\t1\t1\t1\t1\t1\n");
        writer.Write("PATIENT_ID\tSAMPLE_ID\tONCOTREE_CODE\tTMB_NONSYNONYMOUS\tMSI_TYPE\tTUMOR_PURITY\tSAMPLE_TYPE\n");
        string[] codes = ["LUAD", "LUSC", "COAD", "BRCA", "PAAD", "SKCM"];
        foreach (var id in ids)
        {
            var tmb = (random.NextDouble() * 30).ToString("0.0", CultureInfo.InvariantCulture);
            writer.Write($"{id[..^2]}\t{id}\t{codes[random.Next(codes.Length)]}\t{tmb}\t{(random.Next(20) == 0 ? "Instable" : "Stable")}\t{random.Next(10, 95)}\tPrimary\n");
        }
    }

    private void WriteMaf(string path, string[] ids, Random random)
    {
        using var writer = Text(path);
        writer.Write("#version 2.4\n");
        string[] header =
        [
            "Hugo_Symbol", "Entrez_Gene_Id", "Center", "NCBI_Build", "Chromosome", "Start_Position", "End_Position", "Strand",
            "Variant_Classification", "Variant_Type", "Reference_Allele", "Tumor_Seq_Allele1", "Tumor_Seq_Allele2", "dbSNP_RS",
            "Tumor_Sample_Barcode", "Matched_Norm_Sample_Barcode", "Mutation_Status", "HGVSc", "HGVSp", "HGVSp_Short",
            "Transcript_ID", "Exon_Number", "t_depth", "t_ref_count", "t_alt_count", "n_depth", "n_ref_count", "n_alt_count",
            "FILTER", "Consequence", "IMPACT", "BIOTYPE", "CANONICAL", "SIFT", "PolyPhen",
        ];
        writer.Write(string.Join('\t', header) + "\n");
        const string bases = "ACGT";
        var line = new StringBuilder(512);
        for (var row = 0; row < mafRows; row++)
        {
            var gene = Genes[random.Next(Genes.Length)];
            var sample = ids[(int)((long)row * ids.Length / mafRows)];
            var position = random.Next(1_000_000, 200_000_000);
            var reference = bases[random.Next(4)];
            var alternate = bases[(bases.IndexOf(reference, StringComparison.Ordinal) + 1 + random.Next(3)) % 4];
            var codon = random.Next(1, 1500);
            var (from, to) = (AminoAcids[random.Next(20)], AminoAcids[random.Next(20)]);
            var depth = random.Next(50, 900);
            var alt = random.Next(5, depth / 2);
            line.Clear().Append(gene).Append("\t0\tsynthetic\tGRCh37\t").Append(random.Next(1, 23)).Append('\t').Append(position).Append('\t')
                .Append(position).Append("\t+\tMissense_Mutation\tSNP\t").Append(reference).Append('\t').Append(reference).Append('\t')
                .Append(alternate).Append("\tnovel\t").Append(sample).Append('\t').Append(sample[..^1]).Append("N\tSomatic\tc.")
                .Append(codon * 3).Append(reference).Append('>').Append(alternate).Append("\tp.").Append(from).Append(codon).Append(to)
                .Append("\tp.").Append(from).Append(codon).Append(to).Append("\tENST0000").Append(random.Next(100000, 999999))
                .Append('\t').Append(random.Next(1, 20)).Append('/').Append(20).Append('\t').Append(depth).Append('\t')
                .Append(depth - alt).Append('\t').Append(alt).Append("\t400\t400\t0\tPASS\tmissense_variant\tMODERATE\tprotein_coding\tYES\t")
                .Append("deleterious(0.01)\tprobably_damaging(0.99)\n");
            writer.Write(line);
        }
    }

    private void WriteCna(string path, string[] ids, Random random)
    {
        using var writer = Text(path);
        writer.Write("Hugo_Symbol\tEntrez_Gene_Id\t" + string.Join('\t', ids) + "\n");
        var line = new StringBuilder(ids.Length * 3);
        foreach (var gene in Genes.Take(cnaGenes))
        {
            line.Clear().Append(gene).Append("\t0");
            foreach (var _ in ids)
            {
                var roll = random.Next(100);
                line.Append('\t').Append(roll < 80 ? "0" : roll < 90 ? "-1" : roll < 96 ? "1" : roll < 98 ? "2" : "-2");
            }

            writer.Write(line.Append('\n'));
        }
    }

    private void WriteSv(string path, string[] ids, Random random)
    {
        using var writer = Text(path);
        writer.Write("Sample_Id\tSite1_Hugo_Symbol\tSite1_Region_Number\tSite1_Chromosome\tSite1_Position\tSite2_Hugo_Symbol\tSite2_Region_Number\tSite2_Chromosome\tSite2_Position\tSite2_Effect_On_Frame\tTumor_Split_Read_Count\tTumor_Paired_End_Read_Count\tEvent_Info\tSV_Status\n");
        for (var i = 0; i < fusions; i++)
        {
            writer.Write($"{ids[random.Next(ids.Length)]}\t{Genes[random.Next(Genes.Length)]}\t{random.Next(1, 30)}\t{random.Next(1, 23)}\t{random.Next(1_000_000, 99_000_000)}\t{Genes[random.Next(Genes.Length)]}\t{random.Next(1, 30)}\t{random.Next(1, 23)}\t{random.Next(1_000_000, 99_000_000)}\tin-frame\t{random.Next(2, 60)}\t{random.Next(2, 60)}\tFusion\tSOMATIC\n");
        }
    }

    private static void Meta(string folder, string name, string text) => File.WriteAllText(Path.Combine(folder, name), text);

    private static StreamWriter Text(string path) => new(path, append: false, new UTF8Encoding(false), 1 << 20);
}
