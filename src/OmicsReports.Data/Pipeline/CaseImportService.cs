using Microsoft.AspNetCore.Authorization;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Cases;

namespace OmicsReports.Data.Pipeline;

/// <summary>One imported case as the import summary lists it.</summary>
/// <param name="Warnings">The case's import warnings plus the report's quality caveats.</param>
public sealed record ImportedCase(StoredVersion Stored, string PatientLabel, string? TumorType, int Implications, int Variants, int Warnings);

/// <summary>The outcome of an upload: either every case stored, or nothing stored and the problems listed.</summary>
public sealed record ImportOutcome(bool Stored, IReadOnlyList<ImportedCase> Cases, IReadOnlyList<ImportProblem> Problems)
{
    public bool Denied { get; init; }

    public IEnumerable<ImportProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    public IEnumerable<ImportProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);
}

/// <summary>
/// Upload → importer → rules engine → new draft versions, all or nothing: any located error, or an engine failure on
/// any case, stores nothing. Re-importing a sample adds a version and never overwrites the earlier ones; a sample
/// already stored for another patient is refused (one sample belongs to one patient).
/// </summary>
public sealed class CaseImportService(
    ICaseImporter importer, IReportEngine engine, ReportStore store, IAuthorizationService authorization, AuditTrail audit)
{
    public async Task<ImportOutcome> ImportAsync(Actor actor, IReadOnlyList<UploadedFile> files, IProgress<ImportStep>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(files);
        if (!(await authorization.AuthorizeAsync(actor.User, Policies.ImportCases)).Succeeded)
        {
            return new ImportOutcome(false, [], []) { Denied = true };
        }

        var fileList = string.Join(", ", files.Select(f => $"{f.Content.Length} bytes"));
        progress?.Report(new ImportStep("Reading the files", 0.1));
        var imported = await importer.ImportAsync(files, progress, cancellationToken);
        if (imported.HasErrors || imported.Cases.Count == 0)
        {
            var problems = imported.Cases.Count == 0 && !imported.HasErrors
                ? [.. imported.Problems, ImportProblem.Error("no-cases", files.Count > 0 ? files[0].Name : "(upload)", 0, null, "The upload holds no case.")]
                : imported.Problems;
            await RefuseAsync(actor, files.Count, problems.Count(p => p.Severity == ProblemSeverity.Error), cancellationToken);
            return new ImportOutcome(false, [], problems);
        }

        var otherPatients = await store.SamplesOfOtherPatientsAsync(imported.Cases, cancellationToken);
        if (otherPatients.Count > 0)
        {
            var problems = otherPatients.Select(o => ImportProblem.Error("identity-conflict", FileOf(imported.Cases, o.SampleId), 0, null, o.Message)).ToList();
            await RefuseAsync(actor, files.Count, problems.Count, cancellationToken);
            return new ImportOutcome(false, [], [.. imported.Problems, .. problems]);
        }

        var evaluated = new List<EvaluatedCase>();
        for (var i = 0; i < imported.Cases.Count; i++)
        {
            var omicsCase = imported.Cases[i];
            progress?.Report(new ImportStep($"Evaluating case {i + 1} of {imported.Cases.Count}", 0.4 + (0.4 * i / imported.Cases.Count)));
            try
            {
                evaluated.Add(new EvaluatedCase(omicsCase, engine.Evaluate(omicsCase)));
            }
            catch (ReportEngineUnavailableException ex)
            {
                var problem = ImportProblem.Error("engine-unavailable", omicsCase.Specimen.SampleId, 0, null, ex.Message);
                await RefuseAsync(actor, files.Count, 1, cancellationToken);
                return new ImportOutcome(false, [], [.. imported.Problems, problem]);
            }
        }

        progress?.Report(new ImportStep("Saving draft reports", 0.85));
        var stored = await store.AddVersionsAsync(evaluated, actor.UserName, ReportOrigins.Import, cancellationToken);
        var cases = new List<ImportedCase>();
        for (var i = 0; i < stored.Count; i++)
        {
            var (omicsCase, report) = (evaluated[i].Case, evaluated[i].Report);
            await audit.RecordAsync(AuditActions.Import, actor.User, AuditTargets.ReportVersion, stored[i].VersionId.ToString(), actor.RemoteAddress,
                $"version {stored[i].Version} imported ({fileList})", cancellationToken);
            cases.Add(new ImportedCase(stored[i], Patients.PatientNames.Display(omicsCase.Patient.FamilyName, omicsCase.Patient.GivenName, omicsCase.Patient.Id),
                omicsCase.TumorType?.Name, report.Implications.Count, omicsCase.Variants.Count, omicsCase.Warnings.Count + report.QcFindings.Count));
        }

        progress?.Report(new ImportStep("Done", 1));
        return new ImportOutcome(true, cases, imported.Problems);
    }

    private static string FileOf(IReadOnlyList<OmicsCase> cases, string sampleId) =>
        cases.First(c => c.Specimen.SampleId == sampleId).Sources is { Count: > 0 } sources ? sources[0].Name : sampleId;

    private Task RefuseAsync(Actor actor, int files, int errors, CancellationToken cancellationToken) =>
        audit.RecordAsync(AuditActions.ImportRefused, actor.User, AuditTargets.Upload, string.Empty, actor.RemoteAddress,
            $"{files} file(s) refused with {errors} error(s); nothing stored", cancellationToken);
}
