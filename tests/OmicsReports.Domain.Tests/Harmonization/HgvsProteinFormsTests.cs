using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Domain.Tests.Harmonization;

/// <summary>The HGVSp forms that files really write, as the issue lists them, and the placeholders that state no change.</summary>
public class HgvsProteinFormsTests
{
    [Theory]
    [InlineData("p.X1010_splice", ProteinChangeKind.Splice, "X1010_splice", 1010)]
    [InlineData("X1010_splice", ProteinChangeKind.Splice, "X1010_splice", 1010)]
    [InlineData("p.X963_splice", ProteinChangeKind.Splice, "X963_splice", 963)]
    [InlineData("p.M1?", ProteinChangeKind.StartLoss, "M1?", 1)]
    [InlineData("p.(Met1?)", ProteinChangeKind.StartLoss, "M1?", 1)]
    [InlineData("p.*1391Lext*?", ProteinChangeKind.Extension, "*1391Lext*?", 1391)]
    [InlineData("p.Ter1391LeuextTer12", ProteinChangeKind.Extension, "*1391Lext*12", 1391)]
    [InlineData("p.M1ext-5", ProteinChangeKind.Extension, "M1ext-5", 1)]
    [InlineData("p.E598_Y599dupFDFREYE", ProteinChangeKind.Duplication, "E598_Y599dup", 598)]
    [InlineData("p.(Glu598_Tyr599dup)", ProteinChangeKind.Duplication, "E598_Y599dup", 598)]
    [InlineData("p.Y591_V592insDPVDFREYEY", ProteinChangeKind.Insertion, "Y591_V592insDPVDFREYEY", 591)]
    [InlineData("p.Tyr591_Val592insAspProValAspPheArgGluTyrGluTyr", ProteinChangeKind.Insertion, "Y591_V592insDPVDFREYEY", 591)]
    [InlineData("p.L747_P753delinsS", ProteinChangeKind.DeletionInsertion, "L747_P753delinsS", 747)]
    [InlineData("p.(Leu747_Pro753delinsSer)", ProteinChangeKind.DeletionInsertion, "L747_P753delinsS", 747)]
    [InlineData("p.E746_S752>V", ProteinChangeKind.DeletionInsertion, "E746_S752delinsV", 746)]
    [InlineData("p.Arg175His", ProteinChangeKind.Substitution, "R175H", 175)]
    [InlineData("p.(R248W)", ProteinChangeKind.Substitution, "R248W", 248)]
    [InlineData("ENSP00000269305.4:p.Arg273His", ProteinChangeKind.Substitution, "R273H", 273)]
    public void Parse_FormsFromTheIssue(string text, ProteinChangeKind kind, string shortForm, int start)
    {
        var change = ProteinNotation.Parse(text);

        Assert.NotNull(change);
        Assert.Equal((kind, shortForm, start), (change.Kind, change.ShortForm, change.Start));
    }

    [Theory]
    [InlineData("p.=")]
    [InlineData("p.(=)")]
    [InlineData("p.?")]
    [InlineData("p.(?)")]
    [InlineData("p.0")]
    [InlineData("p.0?")]
    [InlineData("ENSP00000269305.4:p.%3D")]
    [InlineData(" p.(=) ")]
    public void StatesNoChange_Placeholders(string text)
    {
        Assert.True(ProteinNotation.StatesNoChange(text));
        Assert.Null(ProteinNotation.Parse(text));
    }

    [Theory]
    [InlineData("p.V600E")]
    [InlineData("p.X1010_splice")]
    [InlineData("p.M1?")]
    [InlineData("")]
    [InlineData(null)]
    public void StatesNoChange_RealChangesAndEmpty_AreNot(string? text)
    {
        Assert.False(ProteinNotation.StatesNoChange(text));
    }
}
