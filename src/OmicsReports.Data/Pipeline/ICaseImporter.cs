using OmicsReports.Domain.Cases;

namespace OmicsReports.Data.Pipeline;

/// <summary>
/// The seam to the importers (OmicsReports.Ingest): turns uploaded files into harmonized cases, or into located
/// problems. The web host binds it to OmicsReports.Ingest with the deployment's gene table and OncoTree.
/// </summary>
public interface ICaseImporter
{
    /// <summary>
    /// Reads one upload (a case bundle, a zipped cBioPortal study, a VCF with optional fusion and expression files,
    /// a PharmCAT report or a FHIR bundle). Bad input is returned as <see cref="ImportProblem"/>s, never thrown.
    /// </summary>
    Task<CaseImport> ImportAsync(IReadOnlyList<UploadedFile> files, IProgress<ImportStep>? progress, CancellationToken cancellationToken);
}

/// <summary>One uploaded file, held in memory for the import.</summary>
public sealed record UploadedFile(string Name, ReadOnlyMemory<byte> Content);

/// <summary>What the importer made of an upload. Any error means nothing is stored.</summary>
public sealed record CaseImport(IReadOnlyList<OmicsCase> Cases, IReadOnlyList<ImportProblem> Problems)
{
    public IEnumerable<ImportProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    public bool HasErrors => Errors.Any();
}

/// <summary>A progress report from a long import, e.g. ("Reading data_mutations.maf", 0.4).</summary>
public sealed record ImportStep(string Message, double? Fraction = null);
