using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Domain.Tests.Harmonization;

public class TmbAndMsiVocabularyTests
{
    [Theory]
    [InlineData("12.5", null, 12.5, "TMB reported as 12.5 (no unit given; read as mut/Mb)")]
    [InlineData("12.5 mut/Mb", null, 12.5, null)]
    [InlineData("12.5", "mut/Mb", 12.5, null)]
    [InlineData("12.5", "mutations/Mb", 12.5, "TMB reported as 12.5 mutations/Mb (unit written as mutations/Mb)")]
    [InlineData("8 muts/mb", null, 8, "TMB reported as 8 muts/mb (unit written as muts/mb)")]
    [InlineData("25", "somatic variants per megabase of sequenced DNA", 25, "TMB reported as 25 somatic variants per megabase of sequenced DNA (unit written as somatic variants per megabase of sequenced DNA)")]
    [InlineData("25", "1/1000000", 25, "TMB reported as 25 1/1000000 (unit written as 1/1000000)")]
    [InlineData("10,4 mutations per megabase", null, 10.4, "TMB reported as 10,4 mutations per megabase (decimal comma read as a point, unit written as mutations per megabase)")]
    [InlineData("0", "mut/Mb", 0, null)]
    public void Tmb_ValueAndUnit_GivesMutationsPerMegabase(string value, string? unit, double expected, string? note)
    {
        var reading = BiomarkerVocabulary.Tmb(value, unit);

        Assert.NotNull(reading);
        Assert.Equal(expected, reading.MutationsPerMegabase, 9);
        Assert.Equal(note, reading.Note?.ToString());
    }

    [Theory]
    [InlineData("250", "mutations")]
    [InlineData("250 mutations", null)]
    [InlineData("-3", null)]
    [InlineData("high", null)]
    [InlineData("NA", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("12 mut/Mb", "mutations")]
    public void Tmb_NoTerritoryOrNoNumber_GivesNull(string? value, string? unit)
    {
        Assert.Null(BiomarkerVocabulary.Tmb(value, unit));
    }

    [Theory]
    [InlineData("MSI-H", MsiStatus.High, false)]
    [InlineData("MSI-High", MsiStatus.High, true)]
    [InlineData("msi high", MsiStatus.High, true)]
    [InlineData("high", MsiStatus.High, true)]
    [InlineData("Instable", MsiStatus.High, true)]
    [InlineData("unstable", MsiStatus.High, true)]
    [InlineData("LA26203-2", MsiStatus.High, true)]
    [InlineData("MSS", MsiStatus.Stable, false)]
    [InlineData("Stable", MsiStatus.Stable, true)]
    [InlineData("Microsatellite stable", MsiStatus.Stable, true)]
    [InlineData("MSI-L", MsiStatus.Low, false)]
    [InlineData("low", MsiStatus.Low, true)]
    [InlineData("Indeterminate", MsiStatus.Indeterminate, false)]
    [InlineData("equivocal", MsiStatus.Indeterminate, true)]
    public void Msi_Word_MapsToOneStatus(string word, MsiStatus expected, bool noted)
    {
        var reading = BiomarkerVocabulary.Msi(word);

        Assert.Equal(expected, reading!.Status);
        Assert.Equal(noted, reading.Note is not null);
        if (noted)
        {
            Assert.Equal($"MSI status reported as {word} (MSI wording)", reading.Note!.ToString());
        }
    }

    [Theory]
    [InlineData("Do not report")]
    [InlineData("NA")]
    [InlineData("unknown")]
    [InlineData("positive")]
    [InlineData("")]
    [InlineData(null)]
    public void Msi_UnknownOrNonCommittalWord_GivesNull(string? word)
    {
        Assert.Null(BiomarkerVocabulary.Msi(word));
    }
}
