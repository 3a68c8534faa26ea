using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Tsv;

/// <summary>One test per class of bad input the one-sample tables introduce.</summary>
public class TsvBadInputTests
{
    private static Task<ImportProblem> SingleErrorAsync(string name, string text) => Imports.SingleErrorAsync((name, text));

    [Fact]
    public async Task UnreadableBreakpoint_NamesLineAndColumn()
    {
        var error = await SingleErrorAsync("fusions.tsv",
            "FusionGene\tLeftBreakpoint\tRightBreakpoint\tSplitReads\nEML4--ALK\t2:42295554\tchromosome two\t100\n");

        Assert.Equal(("bad-breakpoint", 2, 3), (error.Code, error.Line, error.Column));
        Assert.Contains("'chromosome two'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FusionNameWithAMissingPartner_IsRefused()
    {
        var error = await SingleErrorAsync("fusions.tsv",
            "FusionGene\tSplitReads\nEML4--ALK\t100\nBCR--\t50\n");

        Assert.Equal(("unreadable-fusion", 3, 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task NonNumericTpm_NamesTheCell()
    {
        var error = await SingleErrorAsync("expression.tsv", "TargetID\tTPM\nERBB2\t86.4\nEGFR\thigh\n");

        Assert.Equal(("not-a-number", 3, 2), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task SegmentEndingBeforeItStarts_IsRefused()
    {
        var error = await SingleErrorAsync("cna.tsv", "Chromosome\tStart\tEnd\tnMajor\tnMinor\n1\t5000\t4000\t1\t1\n");

        Assert.Equal(("bad-range", 2, 3), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task NegativeAlleleCopies_AreRefused()
    {
        var error = await SingleErrorAsync("cna.tsv", "Chromosome\tStart\tEnd\tnMajor\tnMinor\n1\t1000\t4000\t1\t-1\n");

        Assert.Equal(("bad-copy-number", 2, 5), (error.Code, error.Line, error.Column));
    }
}
