using OmicsReports.Domain.Harmonization;
using OmicsReports.Ingest.Reference;
using OmicsReports.Testing;

namespace OmicsReports.Ingest.Tests.Reference;

/// <summary>The shipped gene table: well-formed, unambiguous, complete for the knowledge base, and true to the corpus.</summary>
public class ShippedGeneTableTests
{
    private static readonly Lazy<ReferenceTable<GeneRecord>> Table =
        new(() => GeneTableReader.ReadFile(RepositoryFolder.ReferenceFile(GeneTableReader.FileName)));

    private static readonly Lazy<GeneCatalog> Catalog = new(() => new GeneCatalog(Table.Value.RowsOrThrow()));

    [Fact]
    public void GeneTable_Reads_WithoutProblemsAndWithAVersion()
    {
        Assert.Empty(Table.Value.Problems);
        Assert.True(Table.Value.Rows.Count >= 1000, $"only {Table.Value.Rows.Count} genes");
        Assert.Equal("2026-11-21", Table.Value.Metadata["version"]);
    }

    [Fact]
    public void GeneTable_Symbols_AreUniqueIgnoringCase()
    {
        var duplicates = Table.Value.Rows.GroupBy(g => g.Symbol, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(duplicates.Count == 0, "duplicate symbols: " + string.Join(", ", duplicates));
    }

    [Fact]
    public void GeneTable_NoPreviousSymbolOrAlias_ShadowsACurrentSymbolOrIsShared()
    {
        var symbols = Table.Value.Rows.Select(g => g.Symbol).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = Table.Value.Rows.SelectMany(g => g.PreviousSymbols.Concat(g.Aliases).Select(n => (Name: n, g.Symbol))).ToList();

        var shadowing = names.Where(n => symbols.Contains(n.Name)).Select(n => $"{n.Name} of {n.Symbol}").ToList();
        var shared = names.GroupBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(n => n.Symbol).Distinct().Count() > 1).Select(g => g.Key).ToList();

        Assert.True(shadowing.Count == 0, "names shadowing current symbols: " + string.Join(", ", shadowing));
        Assert.True(shared.Count == 0, "names shared by several genes: " + string.Join(", ", shared));
    }

    [Theory]
    [InlineData("HER2", "ERBB2", GeneMatch.Alias)]
    [InlineData("NEU", "ERBB2", GeneMatch.Alias)]
    [InlineData("MLL2", "KMT2D", GeneMatch.PreviousSymbol)]
    [InlineData("MLL", "KMT2A", GeneMatch.PreviousSymbol)]
    [InlineData("C10orf2", "TWNK", GeneMatch.PreviousSymbol)]
    [InlineData("MRE11A", "MRE11", GeneMatch.PreviousSymbol)]
    [InlineData("WHSC1", "NSD2", GeneMatch.PreviousSymbol)]
    [InlineData("FAM123B", "AMER1", GeneMatch.PreviousSymbol)]
    [InlineData("PARK2", "PRKN", GeneMatch.PreviousSymbol)]
    [InlineData("GPR124", "ADGRA2", GeneMatch.PreviousSymbol)]
    [InlineData("H3F3A", "H3-3A", GeneMatch.PreviousSymbol)]
    [InlineData("PD-L1", "CD274", GeneMatch.Alias)]
    [InlineData("p53", "TP53", GeneMatch.Alias)]
    [InlineData("egfr", "EGFR", GeneMatch.Current)]
    public void Resolve_KnownName_GivesCurrentSymbol(string name, string symbol, GeneMatch match)
    {
        var resolution = Catalog.Value.Resolve(name);

        Assert.Equal((symbol, match), (resolution.Symbol, resolution.Match));
    }

    [Fact]
    public void Resolve_EntrezId2064_IsErbb2()
    {
        var resolution = Catalog.Value.Resolve(null, 2064);

        Assert.Equal(("ERBB2", GeneMatch.EntrezId), (resolution.Symbol, resolution.Match));
    }

    public static TheoryData<string> KnowledgeBaseGenes => new(
    [
        // targetable oncogenes and fusion partners
        "EGFR", "ERBB2", "ERBB3", "MET", "ALK", "ROS1", "RET", "NTRK1", "NTRK2", "NTRK3", "BRAF", "KRAS", "NRAS",
        "HRAS", "PIK3CA", "AKT1", "FGFR1", "FGFR2", "FGFR3", "NRG1", "KIT", "PDGFRA", "IDH1", "IDH2", "ESR1", "AR",
        "EML4", "CD74", "KIF5B", "CCDC6", "NCOA4", "ETV6", "TMPRSS2", "ERG", "BCR", "ABL1", "PML", "RARA", "KMT2A",
        // homologous recombination repair and mismatch repair
        "BRCA1", "BRCA2", "ATM", "PALB2", "CHEK2", "BARD1", "BRIP1", "CDK12", "RAD51B", "RAD51C", "RAD51D",
        "RAD54L", "FANCL", "MLH1", "MSH2", "MSH6", "PMS2", "EPCAM",
        // CPIC pharmacogenes
        "CYP2C19", "CYP2D6", "CYP2C9", "CYP3A5", "CYP2B6", "CYP4F2", "DPYD", "TPMT", "NUDT15", "UGT1A1", "G6PD",
        "SLCO1B1", "VKORC1", "IFNL3", "HLA-A", "HLA-B", "CACNA1S", "RYR1", "CFTR", "MT-RNR1", "ABCG2", "NAT2",
    ]);

    [Theory]
    [MemberData(nameof(KnowledgeBaseGenes))]
    public void GeneTable_KnowledgeBaseGene_IsPresent(string symbol)
    {
        Assert.True(Catalog.Value.Contains(symbol), $"{symbol} is missing from genes.tsv");
    }

    /// <summary>cBioPortal files carry Hugo_Symbol and Entrez_Gene_Id side by side: where both are in the table, they agree.</summary>
    [Theory]
    [InlineData("cbioportal_study_es_0", "study_es_0", "data_expression_median.txt")]
    [InlineData("cbioportal_study_es_0", "study_es_0", "data_cna_discrete.txt")]
    [InlineData("cbioportal_study_es_0", "study_es_0_import_export", "data_copy_number_alteration_discrete_gistic.txt")]
    [InlineData("annotated_somatic_vcf", "vcf2maf_tests", "test_b38_output.maf")]
    public void GeneTable_EntrezIds_AgreeWithCorpusFiles(string corpus, string folder, string file)
    {
        var pairs = CorpusPairs(TestData.Path(corpus, folder, file)).ToList();
        Assert.NotEmpty(pairs);

        var checkedPairs = 0;
        foreach (var (symbol, entrez) in pairs)
        {
            if (Catalog.Value.Find(symbol) is { EntrezId: { } known })
            {
                Assert.True(known == entrez, $"{file}: {symbol} has Entrez {entrez}, the table says {known}");
                checkedPairs++;
            }
        }

        Assert.True(checkedPairs > 0, $"no gene of {file} is in the table");
    }

    [Fact]
    public void ProvenanceTable_CoversEveryGene()
    {
        var provenance = File.ReadLines(RepositoryFolder.ReferenceFile("genes_provenance.tsv"))
            .Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')[0]).ToList();

        Assert.Equal(Table.Value.Rows.Select(g => g.Symbol), provenance);
    }

    private static IEnumerable<(string Symbol, long Entrez)> CorpusPairs(string path)
    {
        string[]? header = null;
        foreach (var line in File.ReadLines(path).Where(l => !l.StartsWith('#') && l.Length > 0))
        {
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }

            var symbol = cells[Array.IndexOf(header, "Hugo_Symbol")];
            if (long.TryParse(cells[Array.IndexOf(header, "Entrez_Gene_Id")], out var entrez) && entrez > 0)
            {
                yield return (symbol, entrez);
            }
        }
    }
}
