using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports.Distillation;
using OmicsReports.Ingest.Harmonizing;
using OmicsReports.Ingest.Reference;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>A validated knowledge base with the reference tables it was checked against.</summary>
public sealed record LoadedKnowledge(KnowledgeBase KnowledgeBase, OncoTreeHierarchy Hierarchy, ReferenceData Reference)
{
    public GeneCatalog Genes => Reference.Genes;

    public ReportDistiller CreateDistiller() => new(KnowledgeBase, Hierarchy);

    /// <summary>A harmonizer on the same gene table and OncoTree, so imports and rules agree on every name.</summary>
    public Harmonizer CreateHarmonizer() => Harmonizer.From(Reference);
}

/// <summary>
/// Loads a knowledge-base folder together with its reference tables (the folder's own reference/, or another one
/// given), so that genes and OncoTree codes are checked. Used at start-up, by <c>omics kb</c> and by reports.
/// </summary>
public static class KnowledgeFolder
{
    public static (LoadedKnowledge? Knowledge, IReadOnlyList<ImportProblem> Problems) Load(string folder, string? referenceFolder = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var reference = referenceFolder ?? Path.Combine(folder, ReferenceData.FolderName);
        ReferenceData data;
        try
        {
            data = ReferenceData.Load(reference);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return (null, [ImportProblem.Error("reference-data", reference, 0, null, $"The reference tables could not be read: {ex.Message}")]);
        }

        var hierarchy = new OncoTreeHierarchy(data.OncoTree);
        var result = KnowledgeBaseLoader.Load(folder, hierarchy, data.Genes);
        return (result.KnowledgeBase is { } kb ? new LoadedKnowledge(kb, hierarchy, data) : null, result.Problems);
    }
}
