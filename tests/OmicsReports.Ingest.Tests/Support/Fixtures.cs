namespace OmicsReports.Ingest.Tests.Support;

/// <summary>Small hand-written inputs for bad-input tests (never copies of the corpus).</summary>
internal static class Fixtures
{
    public const string Clinical = "SAMPLE_ID\tONCOTREE_CODE\nS1\tLUAD\nS2\tCOAD\n";

    /// <summary>A MAF with three variants of S1 and S2; line 3 is S1's EGFR, line 4 S1's KRAS, line 5 S2's BRAF.</summary>
    public const string Maf =
        "#version 2.4\n" +
        "Hugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification\tHGVSp_Short\tt_depth\tt_alt_count\n" +
        "EGFR\tS1\tMissense_Mutation\tp.L858R\t200\t50\n" +
        "KRAS\tS1\tMissense_Mutation\tp.G12C\t180\t36\n" +
        "BRAF\tS2\tMissense_Mutation\tp.V600E\t300\t120\n";

    public const string WideCna = "Hugo_Symbol\tEntrez_Gene_Id\tS1\tS2\nERBB2\t2064\t2\t0\nCDKN2A\t1029\t-2\t-1\n";
}
