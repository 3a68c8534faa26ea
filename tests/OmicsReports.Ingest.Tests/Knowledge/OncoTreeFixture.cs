using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Ingest.Reference;

namespace OmicsReports.Ingest.Tests.Knowledge;

/// <summary>The reference tables shipped in knowledge/reference: the OncoTree release and the gene table.</summary>
public static class OncoTreeFixture
{
    private static readonly Lazy<ReferenceData> Data = new(() => ReferenceData.Load(Path.Combine(ShippedKnowledgeBase.Folder, ReferenceData.FolderName)));
    private static readonly Lazy<OncoTreeHierarchy> Tree = new(() => new OncoTreeHierarchy(Data.Value.OncoTree));

    public static OncoTreeHierarchy Current => Tree.Value;

    public static GeneCatalog Genes => Data.Value.Genes;
}
