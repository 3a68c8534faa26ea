using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Domain.Tests.Harmonization;

public class ProteinNotationTests
{
    /// <summary>Input, canonical short form, kind, start, end, reference, alternate.</summary>
    public static TheoryData<string, string, ProteinChangeKind, int, int, string?, string?> Canonical => new()
    {
        // missense in every dress
        { "p.V600E", "V600E", ProteinChangeKind.Substitution, 600, 600, "V", "E" },
        { "V600E", "V600E", ProteinChangeKind.Substitution, 600, 600, "V", "E" },
        { "p.Val600Glu", "V600E", ProteinChangeKind.Substitution, 600, 600, "V", "E" },
        { "p.(Val600Glu)", "V600E", ProteinChangeKind.Substitution, 600, 600, "V", "E" },
        { "(Val600Glu)", "V600E", ProteinChangeKind.Substitution, 600, 600, "V", "E" },
        { "ENSP00000288602.6:p.Val600Glu", "V600E", ProteinChangeKind.Substitution, 600, 600, "V", "E" },
        { "NP_004324.2:p.(V600E)", "V600E", ProteinChangeKind.Substitution, 600, 600, "V", "E" },
        { "  p.G12C ", "G12C", ProteinChangeKind.Substitution, 12, 12, "G", "C" },
        { "Gln121Lys", "Q121K", ProteinChangeKind.Substitution, 121, 121, "Q", "K" },
        // nonsense
        { "R213*", "R213*", ProteinChangeKind.Nonsense, 213, 213, "R", "*" },
        { "p.Arg213Ter", "R213*", ProteinChangeKind.Nonsense, 213, 213, "R", "*" },
        { "R213X", "R213*", ProteinChangeKind.Nonsense, 213, 213, "R", "*" },
        { "Glu182*", "E182*", ProteinChangeKind.Nonsense, 182, 182, "E", "*" },
        // silent
        { "p.S406=", "S406=", ProteinChangeKind.Silent, 406, 406, "S", "S" },
        { "p.Lys657%3D", "K657=", ProteinChangeKind.Silent, 657, 657, "K", "K" },
        { "ENSP00000368411.5:p.Lys657%3d", "K657=", ProteinChangeKind.Silent, 657, 657, "K", "K" },
        { "p.H157H", "H157=", ProteinChangeKind.Silent, 157, 157, "H", "H" },
        { "p.Ser1436Ser", "S1436=", ProteinChangeKind.Silent, 1436, 1436, "S", "S" },
        { "p.*757*", "*757=", ProteinChangeKind.Silent, 757, 757, "*", "*" },
        // frameshift
        { "p.N139Qfs*5", "N139Qfs*5", ProteinChangeKind.Frameshift, 139, 139, "N", "Q" },
        { "p.Asn139GlnfsTer5", "N139Qfs*5", ProteinChangeKind.Frameshift, 139, 139, "N", "Q" },
        { "N139QfsX5", "N139Qfs*5", ProteinChangeKind.Frameshift, 139, 139, "N", "Q" },
        { "N139fs", "N139fs", ProteinChangeKind.Frameshift, 139, 139, "N", null },
        { "p.N139fs*?", "N139fs*?", ProteinChangeKind.Frameshift, 139, 139, "N", null },
        { "p.K224Nfs*19", "K224Nfs*19", ProteinChangeKind.Frameshift, 224, 224, "K", "N" },
        // deletions
        { "p.E746_A750del", "E746_A750del", ProteinChangeKind.Deletion, 746, 750, "E", null },
        { "p.Glu746_Ala750del", "E746_A750del", ProteinChangeKind.Deletion, 746, 750, "E", null },
        { "E746_A750delELREA", "E746_A750del", ProteinChangeKind.Deletion, 746, 750, "E", null },
        { "L858del", "L858del", ProteinChangeKind.Deletion, 858, 858, "L", null },
        { "p.V1270del", "V1270del", ProteinChangeKind.Deletion, 1270, 1270, "V", null },
        // insertions and duplications
        { "p.D770_N771insSVD", "D770_N771insSVD", ProteinChangeKind.Insertion, 770, 771, "D", "SVD" },
        { "p.Asp770_Asn771insSerValAsp", "D770_N771insSVD", ProteinChangeKind.Insertion, 770, 771, "D", "SVD" },
        { "p.A767_V769dup", "A767_V769dup", ProteinChangeKind.Duplication, 767, 769, "A", null },
        { "A767_V769dupASV", "A767_V769dup", ProteinChangeKind.Duplication, 767, 769, "A", null },
        { "p.Y772dup", "Y772dup", ProteinChangeKind.Duplication, 772, 772, "Y", null },
        // deletion-insertions
        { "p.E746_S752delinsV", "E746_S752delinsV", ProteinChangeKind.DeletionInsertion, 746, 752, "E", "V" },
        { "p.Glu746_Ser752delinsVal", "E746_S752delinsV", ProteinChangeKind.DeletionInsertion, 746, 752, "E", "V" },
        { "E746_S752>V", "E746_S752delinsV", ProteinChangeKind.DeletionInsertion, 746, 752, "E", "V" },
        { "E746_S752delELREAPinsV", "E746_S752delinsV", ProteinChangeKind.DeletionInsertion, 746, 752, "E", "V" },
        { "p.V600delinsEK", "V600delinsEK", ProteinChangeKind.DeletionInsertion, 600, 600, "V", "EK" },
        // start loss and extensions
        { "p.M1?", "M1?", ProteinChangeKind.StartLoss, 1, 1, "M", null },
        { "p.Met1?", "M1?", ProteinChangeKind.StartLoss, 1, 1, "M", null },
        { "p.M1V", "M1V", ProteinChangeKind.StartLoss, 1, 1, "M", "V" },
        { "p.M1ext-5", "M1ext-5", ProteinChangeKind.Extension, 1, 1, "M", null },
        { "p.*757Wext*?", "*757Wext*?", ProteinChangeKind.Extension, 757, 757, "*", "W" },
        { "p.Ter757TrpextTer?", "*757Wext*?", ProteinChangeKind.Extension, 757, 757, "*", "W" },
        { "p.*757Lext*12", "*757Lext*12", ProteinChangeKind.Extension, 757, 757, "*", "L" },
        { "*757W", "*757Wext*?", ProteinChangeKind.Extension, 757, 757, "*", "W" },
        { "X757W", "*757Wext*?", ProteinChangeKind.Extension, 757, 757, "*", "W" },
        { "*757Wext", "*757Wext*?", ProteinChangeKind.Extension, 757, 757, "*", "W" },
        // splice (cBioPortal / vcf2maf)
        { "p.X1010_splice", "X1010_splice", ProteinChangeKind.Splice, 1010, 1010, null, null },
        { "X963_splice", "X963_splice", ProteinChangeKind.Splice, 963, 963, null, null },
        { "p.K963_splice", "K963_splice", ProteinChangeKind.Splice, 963, 963, "K", null },
    };

    [Theory]
    [MemberData(nameof(Canonical))]
    public void Parse_KnownNotation_GivesCanonicalChange(
        string input, string shortForm, ProteinChangeKind kind, int start, int end, string? reference, string? alternate)
    {
        var change = ProteinNotation.Parse(input);

        Assert.NotNull(change);
        Assert.Equal(shortForm, change.ShortForm);
        Assert.Equal(kind, change.Kind);
        Assert.Equal(start, change.Start);
        Assert.Equal(end, change.End);
        Assert.Equal(reference, change.ReferenceAminoAcid);
        Assert.Equal(alternate, change.Alternate);
        Assert.Equal("p." + shortForm, change.Hgvs);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("p.")]
    [InlineData("p.=")]
    [InlineData("p.?")]
    [InlineData("p.0")]
    [InlineData("V600")]
    [InlineData("600E")]
    [InlineData("p.V0E")]
    [InlineData("p.V600EK")]
    [InlineData("p.V600?")]
    [InlineData("p.E750_A746del")]
    [InlineData("p.D770_N771ins")]
    [InlineData("p.E746_S752delins")]
    [InlineData("p.V600E extra")]
    [InlineData("p.V99999999999E")]
    [InlineData("p.L858Rfs*")]
    [InlineData("p.R213*fs")]
    [InlineData("p.V757Wext*?")]
    [InlineData("BRAF")]
    [InlineData("NA")]
    [InlineData("c.1799T>A")]
    [InlineData("v600e")]
    public void Parse_UnreadableText_GivesNull(string? input)
    {
        Assert.Null(ProteinNotation.Parse(input));
        Assert.False(ProteinNotation.TryParse(input, out var change, out var note));
        Assert.Null(change);
        Assert.Null(note);
    }

    [Theory]
    [InlineData("p.Val600Glu", "three-letter amino-acid codes")]
    [InlineData("V600E", "p. prefix added")]
    [InlineData("p.(V600E)", "parentheses (predicted change) removed")]
    [InlineData("ENSP00000288602.6:p.V600E", "protein accession removed")]
    [InlineData("p.Lys657%3D", "'%3D' decoded as '='")]
    [InlineData("p.R213X", "X read as a stop codon")]
    [InlineData("p.H157H", "silent change written as H157H")]
    [InlineData("p.*757W", "stop loss written as a substitution")]
    [InlineData("p.E746_A750delELREA", "deleted residues omitted")]
    [InlineData("p.E746_S752>V", "deletion-insertion written with '>'")]
    public void TryParse_ChangedNotation_RecordsWhy(string input, string reason)
    {
        Assert.True(ProteinNotation.TryParse(input, out var change, out var note));

        Assert.NotNull(change);
        Assert.NotNull(note);
        Assert.Equal(ProteinNotation.Field, note.Field);
        Assert.Equal(input, note.Original);
        Assert.Equal(change.Hgvs, note.Harmonized);
        Assert.Contains(reason, note.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_SeveralChanges_ListsEveryReason()
    {
        Assert.True(ProteinNotation.TryParse("ENSP00000288602.6:p.(Val600Glu)", out _, out var note));

        Assert.Equal(
            "protein accession removed, parentheses (predicted change) removed, three-letter amino-acid codes",
            note!.Reason);
        Assert.Equal("protein change reported as ENSP00000288602.6:p.(Val600Glu) (protein accession removed, "
            + "parentheses (predicted change) removed, three-letter amino-acid codes)", note.ToString());
    }

    [Theory]
    [InlineData("p.V600E")]
    [InlineData("p.E746_A750del")]
    [InlineData("p.X1010_splice")]
    [InlineData("p.*757Wext*?")]
    public void TryParse_AlreadyCanonical_GivesNoNote(string input)
    {
        Assert.True(ProteinNotation.TryParse(input, out var change, out var note));

        Assert.Equal(input, change!.Hgvs);
        Assert.Null(note);
    }

    [Theory]
    [InlineData("p.R213*", true)]
    [InlineData("p.N139Qfs*5", true)]
    [InlineData("p.M1?", true)]
    [InlineData("p.X963_splice", true)]
    [InlineData("p.V600E", false)]
    [InlineData("p.E746_A750del", false)]
    [InlineData("p.S406=", false)]
    public void Parse_TruncatingKinds_AreFlagged(string input, bool truncating)
    {
        Assert.Equal(truncating, ProteinNotation.Parse(input)!.IsTruncating);
    }
}
