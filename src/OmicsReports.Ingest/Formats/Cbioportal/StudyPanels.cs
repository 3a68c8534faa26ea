using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Cbioportal;

/// <summary>
/// What a study says about profiling: gene panel definitions (stable_id + gene_list), the gene panel matrix (sample ×
/// profile → panel or NA) and the case lists (which samples were sequenced, have CNA...).
/// </summary>
internal sealed class StudyPanels
{
    private readonly Dictionary<string, IReadOnlySet<string>> panels = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<string, string?>> matrix = new(StringComparer.Ordinal);
    private readonly HashSet<string> matrixProfiles = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string StableId, HashSet<string> Samples)> caseLists = [];

    public IReadOnlySet<string>? Panel(string panelId) => panels.GetValueOrDefault(panelId);

    public bool MatrixHasProfile(string profile) => matrixProfiles.Contains(profile);

    public void AddPanel(KeyValueFile file, ImportSession session)
    {
        var id = file["stable_id"];
        if (id is null)
        {
            session.Error("missing-value", file.File, 0, null, "The gene panel file has no stable_id.");
            return;
        }

        var genes = file.List("gene_list").Select(g => session.Harmonizer.Gene(g).Symbol).ToHashSet(StringComparer.Ordinal);
        panels[id] = genes;
    }

    public void AddCaseList(KeyValueFile file)
    {
        if (file["stable_id"] is { } id)
        {
            caseLists.Add((id, file.List("case_list_ids").ToHashSet(StringComparer.Ordinal)));
        }
    }

    /// <summary>The samples of the case list whose stable_id ends with one of <paramref name="suffixes"/>, or null.</summary>
    public IReadOnlySet<string>? CaseList(IEnumerable<string> suffixes)
    {
        foreach (var suffix in suffixes)
        {
            var match = caseLists.FirstOrDefault(c => c.StableId.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
            if (match.Samples is not null)
            {
                return match.Samples;
            }
        }

        return null;
    }

    /// <summary>The panel of a sample in a profile: (true, id) when listed (id null for NA), (false, null) when absent.</summary>
    public (bool Listed, string? PanelId) MatrixEntry(string sampleId, string profile) =>
        matrix.TryGetValue(sampleId, out var row) && row.TryGetValue(profile, out var panel) ? (true, panel) : (false, null);

    public void ReadMatrix(InputFile file, ImportSession session)
    {
        using var table = TabularReader.Open(file, session);
        if (table is null)
        {
            return;
        }

        var sample = table.Require("SAMPLE_ID");
        if (sample < 0)
        {
            return;
        }

        var profiles = Enumerable.Range(0, table.Header.Count).Where(i => i != sample).ToList();
        matrixProfiles.UnionWith(profiles.Select(i => table.Header[i]));
        var row = new TabularRow();
        while (table.Next(row))
        {
            if (table.Required(row, sample) is not { } sampleId)
            {
                continue;
            }

            var entries = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var column in profiles)
            {
                entries[table.Header[column]] = row.Value(column);
            }

            matrix[sampleId] = entries;
        }
    }

    /// <summary>Case-list suffixes that name the samples profiled in a layer (cBioPortal's conventions).</summary>
    public static IReadOnlyList<string> CaseListSuffixes(Layer layer) => layer switch
    {
        Layer.SmallVariants => ["_sequenced"],
        Layer.CopyNumber => ["_cna"],
        Layer.StructuralVariants => ["_sv", "_structural_variants", "_fusion"],
        Layer.Expression => ["_rna_seq_v2_mrna", "_rna_seq_mrna", "_mrna"],
        Layer.Protein => ["_rppa", "_protein_quantification"],
        _ => [],
    };
}
