using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Diagnostics;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Cbioportal;

/// <summary>
/// A cBioPortal study folder. Its meta files decide how each data file is parsed (datatype, not file name), gene
/// panels, the panel matrix and case lists decide what was profiled, and each sample becomes one case.
/// </summary>
public sealed class StudyFolderReader : IFolderReader
{
    public string Format => "cbioportal-study";

    public bool Claims(string folder) => Directory.EnumerateFiles(folder, "meta_*.txt").Any();

    public async Task ReadAsync(string folder, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var panels = new StudyPanels();
        var profiles = new List<StudyProfile>();
        var read = new Dictionary<StudyProfile, SourceFile>();
        KeyValueFile? study = null;
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var metaPath in Directory.EnumerateFiles(folder, "meta_*.txt").Order(StringComparer.Ordinal))
        {
            if (session.Open(metaPath, Shown(folder, metaPath), folder) is not { } metaFile)
            {
                continue;
            }

            var meta = KeyValueFile.Read(metaFile, session);
            study = Path.GetFileName(metaPath) == "meta_study.txt" ? meta : study;
            if (meta["data_filename"] is not { } dataName)
            {
                if (study != meta && meta["genetic_alteration_type"] is not null)
                {
                    session.Error("missing-value", metaFile, 0, null, "The meta file has no data_filename.");
                }

                continue;
            }

            referenced.Add(dataName);
            if (InputPaths.Escape(folder, Path.Combine(folder, dataName)) is { } escape)
            {
                // Nothing of the target is opened or quoted: the meta file's own line is all the message shows.
                session.Error("outside-input", metaFile, meta.LineOf("data_filename"), null,
                    $"data_filename {escape}; it must name a file inside the study folder.");
            }
            else if (!File.Exists(Path.Combine(folder, dataName)))
            {
                session.Error("missing-input", metaFile, meta.LineOf("data_filename"), null, $"data_filename '{dataName}' does not exist in the study folder.");
            }
            else if (meta["genetic_alteration_type"]?.Equals("GENE_PANEL_MATRIX", StringComparison.OrdinalIgnoreCase) == true)
            {
                if (session.Open(Path.Combine(folder, dataName), Shown(folder, dataName), folder) is { } matrix)
                {
                    session.BeginFile(matrix, "gene-panel-matrix");
                    panels.ReadMatrix(matrix, session);
                }
            }
            else if (StudyProfile.For(meta, dataName) is { } profile)
            {
                profiles.Add(profile);
            }
        }

        ReadDefinitions(folder, referenced, panels, session);
        foreach (var profile in profiles.OrderBy(p => p.Reader.Order))
        {
            if (session.ShouldStop)
            {
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (session.Open(Path.Combine(folder, profile.DataFile), Shown(folder, profile.DataFile), folder) is { } data)
            {
                await Importer.ReadWithAsync(profile.Reader, data, session, cancellationToken);
                read[profile] = data.ToSource(profile.Reader.Format);
            }
        }

        if (!session.HasErrors)
        {
            using var profiling = PhaseTimings.Time(session.Timings, "study profiling");
            StudyProfiling.Apply(session, read, panels);
            ApplyStudyTumorType(session, study);
        }
    }

    /// <summary>Gene panel definitions (no meta file) and case lists.</summary>
    private static void ReadDefinitions(string folder, HashSet<string> referenced, StudyPanels panels, ImportSession session)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith("meta_", StringComparison.Ordinal) || referenced.Contains(name))
            {
                continue;
            }

            if (session.Open(path, Shown(folder, path), folder) is { } file && KeyValueFile.Holds(FileSniff.Of(file), "stable_id", "gene_list"))
            {
                panels.AddPanel(KeyValueFile.Read(file, session), session);
            }
        }

        var caseLists = Path.Combine(folder, "case_lists");
        if (Directory.Exists(caseLists))
        {
            foreach (var path in Directory.EnumerateFiles(caseLists, "*.txt").Order(StringComparer.Ordinal))
            {
                if (session.Open(path, Shown(folder, path), folder) is { } file)
                {
                    panels.AddCaseList(KeyValueFile.Read(file, session));
                }
            }
        }
    }

    /// <summary>Samples without ONCOTREE_CODE take the study's type_of_cancer when it is an OncoTree code.</summary>
    private static void ApplyStudyTumorType(ImportSession session, KeyValueFile? study)
    {
        if (study?["type_of_cancer"] is not { } type || session.Harmonizer.TumorType(type.ToUpperInvariant()) is not { TumorType: { } tumorType, Warning: null })
        {
            return;
        }

        foreach (var builder in session.Cases.Values.Where(b => b.TumorType is null))
        {
            builder.SetTumorType(tumorType, study.File.At(study.LineOf("type_of_cancer")));
            builder.Warn(ImportProblem.Warning("tumor-type-from-study", study.File.Name, study.LineOf("type_of_cancer"), null,
                $"Sample {builder.SampleId} has no ONCOTREE_CODE; the study's type_of_cancer '{type}' was used."));
        }
    }

    private static string Shown(string folder, string path) => Path.Combine(folder, Path.GetRelativePath(folder, Path.Combine(folder, path)));
}
