using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Harmonizing;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Reference;
using OmicsReports.Ingest.Tests.Reference;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Tsv;

/// <summary>PCGR's one-sample tables: fusions ("A--B"), TPM expression (plain gzip) and allele-specific segments.</summary>
public class PcgrTablesTests
{
    private static readonly Lazy<Harmonizer> Shipped = new(() => new Harmonizer(ReferenceData.Load(RepositoryFolder.Reference).Genes));

    private static string Pcgr(string name) => Imports.Corpus("pcgr_examples", name);

    [Fact]
    public async Task Fusions_AreReadInFileOrderWithoutClaimingFivePrimeToThreePrime()
    {
        var sample = Assert.Single(await Imports.CasesAsync(Pcgr("T001-COAD.grch38.fusions.tsv")));

        Assert.Equal("T001-COAD", sample.Specimen.SampleId);
        Assert.Equal(9, sample.StructuralVariants.Count);
        var ntrk1 = sample.StructuralVariants[0];
        Assert.Equal(("NTRK1", "TPM3"), (ntrk1.GeneA, ntrk1.GeneB));
        Assert.False(ntrk1.OrderIsFivePrimeToThreePrime); // the file lists TPM3::NTRK1 the other way round
        Assert.Equal(("1:156875154", "1:154169959", 55), (ntrk1.BreakpointA, ntrk1.BreakpointB, ntrk1.SupportingReads));
        Assert.Contains(sample.StructuralVariants, s => s is { GeneA: "BCR", GeneB: "ABL1", BreakpointB: "9:13358995", SupportingReads: 50 });
        Assert.All(sample.StructuralVariants, s => Assert.Equal(StructuralVariantKind.Fusion, s.Kind));
        Assert.Contains(sample.Warnings, w => w.Code == "sample-named-after-file");
    }

    [Fact]
    public async Task Expression_AllGzippedRowsAreReadWithTpm()
    {
        var sample = Assert.Single(await Imports.CasesAsync(Pcgr("T001-COAD.gene_expression.tsv.gz")));

        Assert.Equal(19307, sample.Expression.Count);
        var erbb2 = sample.Expression.Single(e => e.Gene == "ERBB2");
        Assert.Equal((86.4527, "TPM"), (erbb2.Value, erbb2.Unit));
        Assert.Equal(TestStatus.Tested, sample.Profiling.StatusOf(Layer.Expression, "KRAS"));
        Assert.Equal(TestStatus.NotTested, sample.Profiling.StatusOf(Layer.Expression, "NOT-IN-THE-FILE"));
    }

    [Fact]
    public async Task Expression_UnknownSymbolsGiveOneSummarisedWarning()
    {
        var result = await Imports.RunAsync(Shipped.Value, new ImportOptions(), Pcgr("T001-COAD.gene_expression.tsv.gz"));

        var sample = Assert.Single(result.Cases);
        var unknown = Assert.Single(sample.Warnings, w => w.Code == "unknown-gene");
        Assert.StartsWith("18067 expression gene symbols are not in the gene table", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("TSPAN6 (line 2)", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(19307, sample.Expression.Count);
    }

    [Fact]
    public async Task Expression_AliasOfAGeneAlsoListedIsKeptAsWritten()
    {
        var result = await Imports.RunAsync(Shipped.Value, new ImportOptions(), Pcgr("T001-COAD.gene_expression.tsv.gz"));

        var sample = Assert.Single(result.Cases);
        // EMB is embigin's HGNC symbol; the gene table knows "EMB" only as an alias of XPO1, which the file also lists.
        Assert.Single(sample.Expression, e => e.Gene == "XPO1");
        var emb = Assert.Single(sample.Expression, e => e.Gene == "EMB");
        Assert.Empty(emb.Notes);
        Assert.Contains("'EMB' is a previous symbol or alias of XPO1", Assert.Single(sample.Warnings, w => w.Code == "ambiguous-gene-symbol").Message, StringComparison.Ordinal);
        Assert.DoesNotContain(sample.Warnings, w => w.Code == "conflicting-duplicate");
    }

    [Fact]
    public async Task AlleleSpecificSegments_KeepCopiesAndLohAndAskForGeneMapping()
    {
        var sample = Assert.Single(await Imports.CasesAsync(Pcgr("T001-COAD.grch38.cna.tsv")));

        Assert.Equal(260, sample.Segments.Count);
        Assert.Equal(110, sample.Segments.Count(s => s.LossOfHeterozygosity == true));
        var first = sample.Segments[0];
        Assert.Equal(("1", 809641L, 37651942L, 1, 0), (first.Chromosome, first.Start, first.End, first.MajorCopies!.Value, first.MinorCopies!.Value));
        Assert.All(sample.Segments, s => Assert.Empty(s.Genes));
        Assert.Empty(sample.CopyNumbers);
        Assert.StartsWith("260 copy-number segments name no genes", Assert.Single(sample.Warnings, w => w.Code == "segments-need-gene-mapping").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PcgrTablesTogether_CombineIntoOneCase()
    {
        var cases = await Imports.CasesAsync(
            Pcgr("T001-COAD.grch38.vcf.gz"), Pcgr("T001-COAD.grch38.fusions.tsv"), Pcgr("T001-COAD.gene_expression.tsv.gz"), Pcgr("T001-COAD.grch38.cna.tsv"));

        var sample = Assert.Single(cases);
        Assert.Equal((3313, 9, 19307, 260), (sample.Variants.Count, sample.StructuralVariants.Count, sample.Expression.Count, sample.Segments.Count));
        Assert.Equal(["vcf", "fusion-table", "expression-table", "cna-segments-allele-specific"], sample.Sources.Select(s => s.Format));
    }
}
