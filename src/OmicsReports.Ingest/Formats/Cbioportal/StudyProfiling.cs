using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Cbioportal;

/// <summary>
/// Decides, per sample and profile, what was tested, in cBioPortal's order of authority:
/// 1. the gene panel matrix (panel ID, or NA = not profiled);
/// 2. the meta file's gene_panel, for samples in the data file or the layer's case list;
/// 3. the layer's case list (in it: profiled genome-wide; not in it: not profiled);
/// 4. presence in the data file (profiled genome-wide, cBioPortal's meaning of a profile without a panel).
/// Matrix layers (CNA, expression, protein) further narrow this to the genes the file measured for the sample.
/// </summary>
internal static class StudyProfiling
{
    public static void Apply(ImportSession session, IReadOnlyDictionary<StudyProfile, SourceFile> read, StudyPanels panels)
    {
        var undefinedWarned = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (profile, source) in read)
        {
            if (profile.Layer is not { } layer)
            {
                continue;
            }

            var caseList = panels.CaseList(StudyPanels.CaseListSuffixes(layer));
            var inMatrix = profile.StableId is { } id && panels.MatrixHasProfile(id);
            foreach (var builder in session.Cases.Values)
            {
                var inFile = builder.HasSource(source);
                var (listed, matrixPanel) = inMatrix ? panels.MatrixEntry(builder.SampleId, profile.StableId!) : (false, null);
                if (listed)
                {
                    if (matrixPanel is null)
                    {
                        builder.Coverage.DeclareNotProfiled(layer, $"the gene panel matrix marks profile '{profile.StableId}' NA (not profiled)");
                    }
                    else
                    {
                        DeclarePanel(session, builder, layer, matrixPanel, panels, undefinedWarned, source);
                    }
                }
                else if (profile.MetaPanel is { } metaPanel && (inFile || caseList?.Contains(builder.SampleId) == true))
                {
                    DeclarePanel(session, builder, layer, metaPanel, panels, undefinedWarned, source);
                }
                else if (caseList is not null)
                {
                    if (caseList.Contains(builder.SampleId))
                    {
                        builder.Coverage.Declare(layer, null, null);
                    }
                    else
                    {
                        builder.Coverage.DeclareNotProfiled(layer, "the sample is not in the layer's case list");
                    }
                }
                else if (inFile)
                {
                    builder.Coverage.Declare(layer, null, null);
                }
            }
        }
    }

    private static void DeclarePanel(
        ImportSession session, CaseBuilder builder, Layer layer, string panelId, StudyPanels panels, HashSet<string> warned, SourceFile source)
    {
        if (panels.Panel(panelId) is { } genes)
        {
            builder.Coverage.Declare(layer, panelId, genes);
            return;
        }

        // Without its gene list a panel cannot say which genes were tested; claiming either way would be a guess.
        builder.Coverage.DeclareNotProfiled(layer, $"gene panel '{panelId}' is not defined in the study");
        if (warned.Add(panelId))
        {
            session.Warn(ImportProblem.Warning("undefined-panel", source.Name, 0, null,
                $"Gene panel '{panelId}' is used but no gene panel file of the study defines it; its samples count as tested only for genes with findings."));
        }
    }
}
