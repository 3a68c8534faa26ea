using OmicsReports.Domain.Harmonization;
using OmicsReports.Ingest.Harmonizing;

namespace OmicsReports.Ingest.Tests.Harmonizing;

/// <summary>The fast path for one-letter substitutions must agree with the general grammar exactly.</summary>
public class FastProteinTests
{
    [Theory]
    [InlineData("p.V600E")]
    [InlineData("V600E")]
    [InlineData(" p.G12C ")]
    [InlineData("T790M")]
    [InlineData("p.A1S")]
    [InlineData("p.R248Q")]
    [InlineData("p.Y999999W")]
    public void FastPath_MatchesProteinNotation(string text)
    {
        var fast = FastProtein.TryParse(text);
        Assert.True(ProteinNotation.TryParse(text, out var change, out var note));

        Assert.NotNull(fast);
        Assert.Equal(change, fast.Value.Change);
        Assert.Equal(note, fast.Value.Note);
    }

    [Theory]
    [InlineData("p.V600V")]      // silent: the grammar writes V600=
    [InlineData("p.X331_splice")]
    [InlineData("p.E746_A750del")]
    [InlineData("p.Val600Glu")]
    [InlineData("p.R2000X")]     // X read as stop by the grammar
    [InlineData("p.V0600E")]
    [InlineData("p.E182*")]
    public void OtherSpellings_AreLeftToTheGrammar(string text)
    {
        Assert.Null(FastProtein.TryParse(text));
        Assert.NotNull(new Harmonizer().Protein(text).Change);
    }
}
