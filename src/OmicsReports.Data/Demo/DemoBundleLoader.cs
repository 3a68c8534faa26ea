using OmicsReports.Data.Pipeline;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Cases;

namespace OmicsReports.Data.Demo;

/// <summary>
/// The demo data is ours, so a problem in it is a defect to fix, not input to tolerate: thrown at start-up in
/// Development with every located problem. Demo patients are fictional, so the message may name them.
/// </summary>
public sealed class DemoDataException(string message) : Exception(message);

/// <summary>One demo bundle after import and evaluation.</summary>
internal sealed record DemoBundle(DemoPatient Patient, EvaluatedCase Evaluated);

/// <summary>
/// Reads the demo case bundles (<c>&lt;sampleId&gt;.json</c>) through the same importer and rules engine as an upload,
/// so the demo reports are the engine's and show what the shipped knowledge base makes of each case.
/// </summary>
internal sealed class DemoBundleLoader(ICaseImporter importer, IReportEngine engine)
{
    /// <summary>The bundles of <paramref name="folder"/> in ordinal order; every catalogued patient must have one.</summary>
    public static IReadOnlyList<string> Files(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DemoDataException($"The demo case folder {folder} does not exist (setting {DemoOptions.Section}:CasesPath).");
        }

        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        var samples = files.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var missing = DemoCatalog.All.Where(p => !samples.Contains(p.SampleId)).Select(p => $"{p.SampleId}.json").ToList();
        if (missing.Count > 0)
        {
            throw new DemoDataException($"The demo case folder {folder} lacks the catalogued bundle(s) {string.Join(", ", missing)}.");
        }

        return files;
    }

    /// <summary>Imports and evaluates each file; throws <see cref="DemoDataException"/> listing every problem of every file.</summary>
    public async Task<IReadOnlyList<DemoBundle>> LoadAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        if (engine.KnowledgeBase is null)
        {
            throw new DemoDataException("No knowledge base is loaded, so the demo cases cannot be evaluated.");
        }

        var loaded = new List<DemoBundle>();
        var problems = new List<string>();
        foreach (var path in files)
        {
            // One import per bundle: each file is its own case, and a warning belongs to the file that caused it.
            var name = Path.GetFileName(path);
            var patient = DemoCatalog.For(Path.GetFileNameWithoutExtension(path));
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            var import = await importer.ImportAsync([new UploadedFile(name, bytes)], null, cancellationToken);
            var found = Check(name, patient, import);
            problems.AddRange(found);
            if (found.Count == 0)
            {
                loaded.Add(new DemoBundle(patient, Evaluate(name, import.Cases[0])));
            }
        }

        if (problems.Count > 0)
        {
            throw new DemoDataException($"The demo case bundles do not import cleanly; fix them:{Environment.NewLine}" +
                string.Join(Environment.NewLine, problems));
        }

        return loaded;
    }

    private static List<string> Check(string name, DemoPatient patient, CaseImport import)
    {
        // Warnings of one sample travel on its case; warnings of the whole upload in the import's problems.
        var all = import.Problems.Concat(import.Cases.SelectMany(c => c.Warnings)).Distinct().ToList();
        var problems = all
            .Where(p => p.Severity == ProblemSeverity.Error || !patient.ExpectedWarnings.Contains(p.Code))
            .Select(p => p.ToString())
            .ToList();
        var codes = all.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(patient.ExpectedWarnings.Where(c => !codes.Contains(c))
            .Select(c => $"{name}: the '{c}' warning this demo bundle is written to show did not occur."));
        if (!import.HasErrors && (import.Cases.Count != 1 || import.Cases[0].Specimen.SampleId != patient.SampleId))
        {
            problems.Add($"{name}: a demo bundle holds exactly one case, whose sample id is the file name ({patient.SampleId}).");
        }

        return problems;
    }

    private EvaluatedCase Evaluate(string name, OmicsCase omicsCase)
    {
        try
        {
            return new EvaluatedCase(omicsCase, engine.Evaluate(omicsCase));
        }
        catch (ReportEngineUnavailableException ex)
        {
            throw new DemoDataException($"{name}: {ex.Message}");
        }
    }
}
