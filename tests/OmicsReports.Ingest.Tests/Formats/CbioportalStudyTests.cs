using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Formats;

/// <summary>cBioPortal's study_es_0 test study, read through its meta files.</summary>
public class CbioportalStudyTests
{
    private static readonly Lazy<Task<IReadOnlyList<OmicsCase>>> Study = new(() => Imports.CasesAsync(StudyPath("study_es_0")));

    private static string StudyPath(string name) => Imports.Corpus("cbioportal_study_es_0", name);

    [Fact]
    public async Task StudyEs0_OneCasePerClinicalSample_WithRowCounts()
    {
        var cases = await Study.Value;

        Assert.Equal(845, cases.Count);
        Assert.Equal(36, cases.Sum(c => c.Variants.Count));
        Assert.Equal(48, cases.Sum(c => c.StructuralVariants.Count));
        Assert.Equal(9, cases.Sum(c => c.Segments.Count));
        Assert.Equal(6304 - 4561, cases.Sum(c => c.CopyNumbers.Count)); // every non-neutral call of the long file
        Assert.Empty(cases.SelectMany(c => c.Proteins)); // the current study has no RPPA file
    }

    [Fact]
    public async Task StudyEs0_PatientsAndSpecimensComeFromClinicalFiles()
    {
        var cases = await Study.Value;

        var second = cases.Case("TCGA-A1-A0SB-02");
        Assert.Equal("TCGA-A1-A0SB", second.Patient.Id);
        Assert.Equal("TCGA-A1-A0SB", cases.Case("TCGA-A1-A0SB-01").Patient.Id);
        Assert.Contains(second.Sources, s => s.Format == "clinical");
    }

    [Fact]
    public async Task StudyEs0_ExpressionValueAndZScoreMergeIntoOneFinding()
    {
        var cases = await Study.Value;

        var mmp2 = cases.Case("TCGA-A1-A0SD-01").Expression.Single(e => e.Gene == "MMP2");
        Assert.Equal(1.506, mmp2.Value);
        Assert.Equal(1.1741, mmp2.ZScore);
        Assert.NotNull(mmp2.ZScoreReference);
    }

    [Fact]
    public async Task StudyEs0_StructuralVariantsKeepExonsAndReads()
    {
        var cases = await Study.Value;

        var fusion = cases.Case("TCGA-A2-A04P-01").StructuralVariants.Single(s => s.GeneA == "KIAA1549");
        Assert.Equal("BRAF", fusion.GeneB);
        Assert.Equal((15, 10), (fusion.ExonA, fusion.ExonB));
        Assert.Equal(StructuralVariantKind.Fusion, fusion.Kind);
        Assert.Equal("7:138536968", fusion.BreakpointA);
    }

    [Fact]
    public async Task StudyEs0_SegmentsKeepScientificNotation()
    {
        var cases = await Study.Value;

        var segments = cases.Case("TCGA-A2-A04P-01").Segments;
        Assert.Equal(9, segments.Count);
        Assert.Contains(segments, s => s.Start == 167059760 && s.Log2Ratio == -0.0008);
    }

    [Theory]
    [InlineData("TCGA-A1-A0SB-01", "BRCA2", TestStatus.Tested)]      // TESTPANEL1 holds BRCA2
    [InlineData("TCGA-A1-A0SB-02", "BRCA2", TestStatus.NotTested)]   // TESTPANEL2 does not
    [InlineData("TCGA-A1-A0SB-02", "CADM2", TestStatus.Tested)]
    [InlineData("TCGA-A2-A04P-01", "EGFR", TestStatus.Tested)]       // not in the matrix, in cases_sequenced: exome
    [InlineData("TCGA-A1-A0SD-01", "EGFR", TestStatus.NotTested)]    // not in cases_sequenced
    [InlineData("TEST_SAMPLE_3", "BRCA2", TestStatus.NotTested)]     // matrix says NA for mutations
    public async Task StudyEs0_MutationProfilingFollowsPanelMatrixAndCaseLists(string sample, string gene, TestStatus expected)
    {
        var cases = await Study.Value;

        Assert.Equal(expected, cases.Case(sample).Profiling.StatusOf(Layer.SmallVariants, gene));
    }

    [Fact]
    public async Task StudyEs0_FindingInALayerMarkedNotProfiled_CountsOnlyItsGeneAndWarns()
    {
        var cases = await Study.Value;

        var sample = cases.Case("TEST_SAMPLE_1");
        Assert.Single(sample.Variants);
        Assert.Equal(TestStatus.Tested, sample.Profiling.StatusOf(Layer.SmallVariants, "ACP3"));
        Assert.Equal(TestStatus.NotTested, sample.Profiling.StatusOf(Layer.SmallVariants, "TP53"));
        Assert.Contains(sample.Warnings, w => w.Code == "coverage-unknown");
    }

    [Fact]
    public async Task StudyEs0_CopyNumberTestedOnlyForMeasuredGenesWithinThePanel()
    {
        var cases = await Study.Value;

        var a0sb = cases.Case("TCGA-A1-A0SB-01");
        Assert.Equal(TestStatus.Tested, a0sb.Profiling.StatusOf(Layer.CopyNumber, "ACP3"));
        Assert.Equal(TestStatus.NotTested, a0sb.Profiling.StatusOf(Layer.CopyNumber, "AGRN")); // measured, not on TESTPANEL1
        Assert.Equal(TestStatus.NotTested, a0sb.Profiling.StatusOf(Layer.CopyNumber, "BRCA2")); // on the panel, not measured
        var u01 = cases.Case("TCGA-A2-A04U-01");
        var agrn = u01.CopyNumbers.Single(c => c.Gene == "AGRN");
        Assert.Equal(CopyNumberCall.Amplification, agrn.Call);
        Assert.NotNull(agrn.Log2Ratio); // from the LOG2-VALUE profile of the same study
        Assert.Equal(TestStatus.Tested, u01.Profiling.StatusOf(Layer.CopyNumber, "ERCC5"));
    }

    [Fact]
    public async Task WideAndLongCnaLayouts_GiveIdenticalCalls()
    {
        var longLayout = await Study.Value;
        var wideLayout = await Imports.CasesAsync(StudyPath("study_es_0_import_export"));

        static SortedSet<string> Calls(IEnumerable<OmicsCase> cases) =>
            [.. cases.SelectMany(c => c.CopyNumbers.Select(n => $"{c.Specimen.SampleId}|{n.Gene}|{n.Call}|{n.Log2Ratio}"))];

        var expected = Calls(longLayout);
        Assert.Equal(1743, expected.Count);
        Assert.Equal(expected, Calls(wideLayout));
    }

    [Fact]
    public async Task ImportExportStudy_RppaZScoresBecomeProteinMarkers()
    {
        var cases = await Imports.CasesAsync(StudyPath("study_es_0_import_export"));

        var marker = cases.Case("TCGA-A1-A0SD-01").Proteins.Single(p => p.AntibodyClone == "EGFR_pY1068");
        Assert.Equal("EGFR", marker.Marker);
        Assert.Equal(0.5584, marker.Value);
        Assert.Equal("RPPA z-score", marker.ScoringSystem);
    }

    [Fact]
    public async Task ImportExportStudy_ExportedMafWithoutVersionLineReadsTheSameVariants()
    {
        var cases = await Imports.CasesAsync(StudyPath("study_es_0_import_export"));

        var variant = cases.Case("TEST_SAMPLE_1").Variants.Single();
        Assert.Equal("ACP3", variant.Gene);
        Assert.Equal(ProteinChangeKind.Substitution, variant.Protein!.Kind);
        Assert.Equal("R43W", variant.Protein.ShortForm);
    }

    [Fact]
    public async Task OncokbUpdateStudy_SingleSampleDeepDeletion()
    {
        var cases = await Imports.CasesAsync(OmicsReports.Testing.TestData.Terminated("cbioportal_study_es_0", "study_oncokb_update"));

        var single = Assert.Single(cases);
        Assert.Equal(CopyNumberCall.DeepDeletion, single.CopyNumbers.Single(c => c.Gene == "TP53").Call);
        Assert.NotEmpty(single.Variants);
    }
}
