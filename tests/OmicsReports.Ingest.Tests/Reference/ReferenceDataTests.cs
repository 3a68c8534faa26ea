using OmicsReports.Ingest.Reference;

namespace OmicsReports.Ingest.Tests.Reference;

public class ReferenceDataTests
{
    [Fact]
    public void Load_ShippedFolder_GivesBothCatalogs()
    {
        var data = ReferenceData.Load(RepositoryFolder.Reference);

        Assert.Equal("2026-11-21", data.GenesVersion);
        Assert.Equal("KMT2D", data.Genes.Resolve("MLL2").Symbol);
        Assert.True(data.OncoTree.IsWithin("LUAD", "NSCLC"));
    }

    [Fact]
    public void Load_BrokenGeneTable_ThrowsWithTheLocatedErrors()
    {
        var folder = Directory.CreateTempSubdirectory("omics-reference-");
        try
        {
            foreach (var file in Directory.GetFiles(RepositoryFolder.Reference, "oncotree*.tsv"))
            {
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(folder.FullName, GeneTableReader.FileName),
                "symbol\thgnc_id\tentrez_id\tprevious_symbols\taliases\tlocation\nKRAS\tHGNC:6407\tthree\t\t\t\n");

            var error = Assert.Throws<InvalidDataException>(() => ReferenceData.Load(folder.FullName));

            Assert.Contains("genes.tsv:2:3: error:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
