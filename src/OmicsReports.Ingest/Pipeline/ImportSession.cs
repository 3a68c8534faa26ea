using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Diagnostics;
using OmicsReports.Ingest.Harmonizing;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// The state of one import: the options, the harmonizer, one <see cref="CaseBuilder"/> per sample, the samples that
/// clinical files declared, and every located problem. Readers talk only to the session; the
/// <see cref="Importer"/> turns it into an <see cref="ImportResult"/> with nothing stored when any error occurred.
/// </summary>
public sealed class ImportSession : IRowProblems
{
    private readonly Dictionary<string, CaseBuilder> cases = new(StringComparer.Ordinal);
    private readonly List<ImportProblem> errors = [];
    private readonly List<ImportProblem> importWarnings = [];
    private readonly List<(CaseBuilder Builder, InputFile File)> unnamed = [];
    private SourceFile? currentSource;
    private (string Sample, string File)? renamedToRequested;

    public ImportSession(ImportOptions options, Harmonizer harmonizer)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        Harmonizer = harmonizer ?? throw new ArgumentNullException(nameof(harmonizer));
    }

    public ImportOptions Options { get; }

    /// <summary>Where the import's phases are timed (<c>omics report --timings</c>); null when nobody asked.</summary>
    public PhaseTimings? Timings { get; init; }

    public Harmonizer Harmonizer { get; }

    public SampleRegistry Samples { get; } = new();

    /// <summary>Who each input says a sample's patient is; contradictions refuse the import.</summary>
    public PatientClaims PatientClaims { get; } = new();

    public IReadOnlyList<ImportProblem> Errors => errors;

    public IReadOnlyList<ImportProblem> ImportWarnings => importWarnings;

    public bool HasErrors => errors.Count > 0;

    /// <summary>True once <see cref="ImportOptions.MaxErrors"/> errors were collected; readers should stop reading.</summary>
    public bool ShouldStop => errors.Count >= Options.MaxErrors;

    internal IReadOnlyDictionary<string, CaseBuilder> Cases => cases;

    internal IReadOnlyList<(CaseBuilder Builder, InputFile File)> UnnamedData => unnamed;

    /// <summary>Called by the importer before each file; findings then record the file among the case's sources.</summary>
    public void BeginFile(InputFile file, string format)
    {
        ArgumentNullException.ThrowIfNull(file);
        currentSource = file.ToSource(format);
    }

    /// <summary>
    /// Opens and scans a file, recording an undecodable text as an error; null when it cannot be read. A file found
    /// inside an imported folder passes that folder as <paramref name="within"/>: one that is a symbolic link leading
    /// out of it is refused unread (see <see cref="InputPaths"/>).
    /// </summary>
    public InputFile? Open(string path, string name, string? within = null)
    {
        if (within is not null && InputPaths.Escape(within, path) is { } escape)
        {
            Error(ImportProblem.Error("outside-input", name, 0, null,
                $"The file {escape}; only files inside the imported folder are read. Copy the file into the folder instead."));
            return null;
        }

        var problems = new List<ImportProblem>();
        InputFile? file;
        using (PhaseTimings.Time(Timings, "check files (hash, encoding)"))
        {
            file = InputFile.Open(path, name, problems);
        }

        foreach (var problem in problems)
        {
            if (problem.Severity == ProblemSeverity.Error)
            {
                Error(problem);
            }
            else
            {
                Warn(problem);
            }
        }

        return file;
    }

    /// <summary>A structural problem that refuses the whole import (a missing column, invalid JSON...).</summary>
    public void Error(ImportProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (errors.Count < Options.MaxErrors)
        {
            errors.Add(problem.Severity == ProblemSeverity.Error ? problem : problem with { Severity = ProblemSeverity.Error });
        }
    }

    public void Error(string code, InputFile file, int line, int? column, string message) =>
        Error(ImportProblem.Error(code, file?.Name ?? string.Empty, line, column, message));

    /// <summary>
    /// A row that cannot be used. It refuses the import, or with <c>--skip-invalid</c> the row is skipped and listed
    /// as a warning. Either way the reader skips the row and carries on.
    /// </summary>
    public void InvalidRow(string code, InputFile file, int line, int? column, string message)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (Options.SkipInvalid)
        {
            importWarnings.Add(ImportProblem.Warning("skipped-row", file.Name, line, column, $"Row skipped: {message}"));
        }
        else
        {
            Error(ImportProblem.Error(code, file.Name, line, column, message));
        }
    }

    /// <summary>
    /// Records that the input at <paramref name="at"/> gives <paramref name="sampleId"/> this patient; false (with a
    /// located "identity-conflict" error naming both places) when an earlier input said otherwise.
    /// </summary>
    public bool ClaimPatient(string sampleId, PatientClaim claim, SourceLocation at)
    {
        ArgumentNullException.ThrowIfNull(at);
        if (PatientClaims.Claim(sampleId, claim, at) is not { } conflict)
        {
            return true;
        }

        Error(ImportProblem.Error("identity-conflict", at.File, at.Line, at.Column, conflict));
        return false;
    }

    /// <summary><see cref="InvalidRow"/> for a finding already read, located by its source.</summary>
    public void InvalidAt(string code, SourceLocation at, string message)
    {
        ArgumentNullException.ThrowIfNull(at);
        if (Options.SkipInvalid)
        {
            importWarnings.Add(ImportProblem.Warning("skipped-row", at.File, at.Line, at.Column, $"Row skipped: {message}"));
        }
        else
        {
            Error(ImportProblem.Error(code, at.File, at.Line, at.Column, message));
        }
    }

    /// <summary>A warning about the import as a whole; every case carries it.</summary>
    public void Warn(ImportProblem warning) => importWarnings.Add(warning);

    /// <summary>
    /// The builder of <paramref name="sampleId"/>, or null when the row must be skipped: the sample was not asked for
    /// (<c>--sample</c>), or a clinical file declared samples and this is not one of them (then an error is recorded).
    /// </summary>
    public CaseBuilder? Sample(string sampleId, InputFile file, int line, int? column)
    {
        ArgumentNullException.ThrowIfNull(sampleId);
        if (cases.TryGetValue(sampleId, out var existing))
        {
            Touch(existing);
            return existing;
        }

        if (!Options.Wants(sampleId))
        {
            return null;
        }

        if (Samples.HasDeclarations && !Samples.IsDeclared(sampleId))
        {
            InvalidRow("unknown-sample", file, line, column,
                $"Sample '{sampleId}' is not in the clinical file(s) of this import ({Samples.Count} samples declared).");
            return null;
        }

        return Create(sampleId);
    }

    /// <summary>
    /// The builder for a file that names one sample of its own (a VCF's tumour column, a FHIR specimen). When exactly
    /// one <c>--sample</c> was asked for and the file's name differs, the file's data belong to that sample: the user
    /// said which sample the files are, and a warning records the file's own name. Files naming two different
    /// samples cannot both be that sample: the second is an error, so two patients' data are never merged.
    /// </summary>
    public CaseBuilder? SampleOrRequested(string sampleId, InputFile file, int line, int? column)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (Options.Samples.Count != 1 || Options.Wants(sampleId) || cases.ContainsKey(sampleId))
        {
            return Sample(sampleId, file, line, column);
        }

        if (renamedToRequested is { } earlier && earlier.Sample != sampleId)
        {
            Error("ambiguous-sample", file, line, column,
                $"This file names sample '{sampleId}' and {earlier.File} names '{earlier.Sample}'; --sample {Options.Samples[0]} cannot stand " +
                "for both. Give --sample the sample name one of the files uses.");
            return null;
        }

        renamedToRequested = (sampleId, file.Name);
        var builder = Unnamed(file);
        builder.Warn(ImportProblem.Warning("sample-renamed", file.Name, line, column,
            $"The file names its sample '{sampleId}'; it is imported as '{Options.Samples[0]}' as --sample asks."));
        return builder;
    }

    /// <summary>Declares a sample from a clinical file and returns its builder (null when not asked for).</summary>
    public CaseBuilder? DeclareSample(string sampleId, string? patientId)
    {
        Samples.Declare(sampleId, patientId);
        if (!Options.Wants(sampleId))
        {
            return null;
        }

        var builder = cases.TryGetValue(sampleId, out var existing) ? existing : Create(sampleId);
        Touch(builder);
        return builder;
    }

    /// <summary>
    /// A builder for data that name no sample (a PharmCAT report, a fusion list). The importer merges it into the one
    /// sample of the import, or the one <c>--sample</c>, or names a new case after the file.
    /// </summary>
    public CaseBuilder Unnamed(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var existing = unnamed.FirstOrDefault(u => ReferenceEquals(u.File, file));
        if (existing.Builder is not null)
        {
            return existing.Builder;
        }

        var builder = new CaseBuilder(string.Empty);
        Touch(builder);
        unnamed.Add((builder, file));
        return builder;
    }

    /// <summary>The builder of a sample, created without checks (for the importer's last step).</summary>
    internal CaseBuilder DeclareOrGet(string sampleId) => cases.TryGetValue(sampleId, out var existing) ? existing : Create(sampleId);

    private CaseBuilder Create(string sampleId)
    {
        var builder = new CaseBuilder(sampleId);
        cases[sampleId] = builder;
        Touch(builder);
        return builder;
    }

    private void Touch(CaseBuilder builder)
    {
        if (currentSource is not null)
        {
            builder.AddSource(currentSource);
        }
    }
}
