using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.PharmCat;

/// <summary>PharmCAT outside-call files: the documented example and the sub-allele test file.</summary>
public class OutsideCallTests
{
    [Fact]
    public async Task ExampleOutsideCalls_GeneAndDiplotypePerLine()
    {
        var sample = Assert.Single(await Imports.CasesAsync(Imports.Corpus("pharmcat", "pharmcat.example.outsideCall.tsv")));

        Assert.Equal(["CYP2D6", "HLA-B", "MT-RNR1"], sample.Pharmacogenomics.Select(p => p.Gene));
        Assert.Equal(["*1/*3", "*15:02/*57:01", "1555A>G"], sample.Pharmacogenomics.Select(p => p.Diplotype));
        Assert.All(sample.Pharmacogenomics, p => Assert.True(p.Called));
        Assert.Equal("pharmcat-outside-calls", Assert.Single(sample.Sources).Format);
    }

    [Fact]
    public async Task SubAlleleCalls_KeepSubAllelesAndDropLocusPrefixes()
    {
        var sample = Assert.Single(await Imports.CasesAsync(Imports.Corpus("pharmcat", "PharmCATTest-outsideCallsSuballeles.tsv")));

        Assert.Equal("*1.001/*2.034", sample.Pharmacogenomics.Single(p => p.Gene == "CYP2D6").Diplotype);
        var hlaA = sample.Pharmacogenomics.Single(p => p.Gene == "HLA-A");
        Assert.Equal("*02:02:02/*03:02:01", hlaA.Diplotype);
        Assert.Contains(hlaA.Notes, n => n is { Field: "diplotype", Original: "A*02:02:02/*03:02:01" });
        Assert.Equal("*02:01/*04:05", sample.Pharmacogenomics.Single(p => p.Gene == "HLA-B").Diplotype);
    }

    [Fact]
    public async Task PhenotypeAndActivityOnlyLines_AndNoResult()
    {
        using var folder = new TempFolder();
        var path = folder.Write("calls.tsv", "# outside calls\nCYP2D6\t*1/*3\nCYP2C9\t\t\t2.0\nCYP2C19\t\tPM\nDPYD\t\tNo Result\n");

        var sample = Assert.Single(await Imports.CasesAsync(path));

        Assert.Equal(2.0, sample.Pharmacogenomics.Single(p => p.Gene == "CYP2C9").ActivityScore);
        var cyp2c19 = sample.Pharmacogenomics.Single(p => p.Gene == "CYP2C19");
        Assert.Equal("Poor Metabolizer", cyp2c19.Phenotype);
        Assert.Contains(cyp2c19.Notes, n => n.Original == "PM");
        var dpyd = sample.Pharmacogenomics.Single(p => p.Gene == "DPYD");
        Assert.False(dpyd.Called);
        Assert.Null(dpyd.Phenotype);
        Assert.Equal(5, dpyd.Source.Line);
    }
}
