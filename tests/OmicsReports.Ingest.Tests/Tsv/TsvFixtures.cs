namespace OmicsReports.Ingest.Tests.Tsv;

/// <summary>Small one-sample tables in PCGR's layouts.</summary>
internal static class TsvFixtures
{
    public const string Fusions = "FusionGene\tLeftBreakpoint\tRightBreakpoint\tSplitReads\nEML4--ALK\t2:42295554\t2:29223528\t100\nBCR--ABL1\t22:23240712\t9:13358995\t50\n";

    public const string Expression = "TargetID\tTPM\nERBB2\t86.45\nEGFR\t10.46\nKRAS\t18.27\n";

    public const string Segments = "Chromosome\tStart\tEnd\tnMajor\tnMinor\n1\t809641\t37651942\t1\t0\n7\t100\t5000\t3\t1\n";
}
