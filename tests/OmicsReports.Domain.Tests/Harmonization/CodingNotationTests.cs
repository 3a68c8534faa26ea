using OmicsReports.Domain.Harmonization.Transcripts;

namespace OmicsReports.Domain.Tests.Harmonization;

/// <summary>The HGVS c. grammar as annotators write it.</summary>
public class CodingNotationTests
{
    [Theory]
    [InlineData("c.3028+1G>T", null, "3028+1", "3028+1", CodingChangeKind.Substitution)]
    [InlineData("NM_000245.4:c.3028+1G>T", "NM_000245.4", "3028+1", "3028+1", CodingChangeKind.Substitution)]
    [InlineData("NM_000245.4(MET):c.2888-2A>G", "NM_000245.4", "2888-2", "2888-2", CodingChangeKind.Substitution)]
    [InlineData("ENST00000288602.6:c.1799T>A", "ENST00000288602.6", "1799", "1799", CodingChangeKind.Substitution)]
    [InlineData("c.2235_2249del", null, "2235", "2249", CodingChangeKind.Deletion)]
    [InlineData("c.2235_2249delGGAATTAAGAGAAGC", null, "2235", "2249", CodingChangeKind.Deletion)]
    [InlineData("c.463delG", null, "463", "463", CodingChangeKind.Deletion)]
    [InlineData("c.3020_3028+10del", null, "3020", "3028+10", CodingChangeKind.Deletion)]
    [InlineData("c.2888-18_2888-2del", null, "2888-18", "2888-2", CodingChangeKind.Deletion)]
    [InlineData("c.1775_1801dup", null, "1775", "1801", CodingChangeKind.Duplication)]
    [InlineData("c.504_508+1dup", null, "504", "508+1", CodingChangeKind.Duplication)]
    [InlineData("c.2310_2311insGGT", null, "2310", "2311", CodingChangeKind.Insertion)]
    [InlineData("c.2310_2311ins(15)", null, "2310", "2311", CodingChangeKind.Insertion)]
    [InlineData("c.2235_2240delinsAT", null, "2235", "2240", CodingChangeKind.DeletionInsertion)]
    [InlineData("c.2235_2240delGGAATTinsAT", null, "2235", "2240", CodingChangeKind.DeletionInsertion)]
    [InlineData("c.-14G>A", null, "-14", "-14", CodingChangeKind.Substitution)]
    [InlineData("c.-14+1G>A", null, "-14+1", "-14+1", CodingChangeKind.Substitution)]
    [InlineData("c.*5-3C>T", null, "*5-3", "*5-3", CodingChangeKind.Substitution)]
    [InlineData("c.100_102inv", null, "100", "102", CodingChangeKind.Inversion)]
    [InlineData("c.100=", null, "100", "100", CodingChangeKind.NoChange)]
    public void Parse_FormsFilesWrite(string text, string? accession, string start, string end, CodingChangeKind kind)
    {
        var change = CodingNotation.Parse(text);

        Assert.NotNull(change);
        Assert.Equal((accession, start, end, kind), (change.Accession, change.Start.ToString(), change.End.ToString(), change.Kind));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("c.?")]
    [InlineData("c.(?_-1)_(*1_?)del")]
    [InlineData("p.V600E")]
    [InlineData("c.2249_2235del")]
    [InlineData("c.0A>G")]
    [InlineData("c.100+0G>A")]
    [InlineData("c.100G>")]
    [InlineData("c.100_101GT>AC")]
    [InlineData("c.123456789012A>G")]
    public void Parse_UncertainOrMalformed_IsNull(string? text)
    {
        Assert.Null(CodingNotation.Parse(text));
    }

    [Theory]
    [InlineData("c.2235_2249del", -15)]
    [InlineData("c.2236_2249del", -14)]
    [InlineData("c.1775_1801dup", 27)]
    [InlineData("c.2310_2311insGGT", 3)]
    [InlineData("c.2235_2240delinsAT", -4)]
    [InlineData("c.1799T>A", 0)]
    public void NetLength_FromCodingPositions(string text, int net)
    {
        Assert.Equal(net, CodingNotation.Parse(text)!.NetLength);
    }

    [Fact]
    public void NetLength_AcrossAnIntron_IsUnknown()
    {
        Assert.Null(CodingNotation.Parse("c.3020_3028+10del")!.NetLength);
    }

    [Theory]
    [InlineData("-20", "-1", "1", "3028", "*1")]
    public void CodingPositions_OrderFiveToThreePrime(params string[] positions)
    {
        var parsed = positions.Select(p => CodingPosition.TryParse(p, out var position) ? position : throw new FormatException(p)).ToList();

        Assert.Equal(parsed, parsed.OrderBy(p => p.Order));
        Assert.Equal(1010, parsed[3].Codon);
        Assert.Null(parsed[4].Codon);
    }
}
