using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// All or nothing: either every case (with its warnings) and no errors, or the errors and no case at all.
/// </summary>
public sealed record ImportResult
{
    public IReadOnlyList<OmicsCase> Cases { get; init; } = [];

    /// <summary>Every problem that refused the import, in file and line order.</summary>
    public IReadOnlyList<ImportProblem> Errors { get; init; } = [];

    /// <summary>Warnings about the import as a whole (also attached to every case), e.g. skipped rows.</summary>
    public IReadOnlyList<ImportProblem> Warnings { get; init; } = [];

    public bool Succeeded => Errors.Count == 0;

    public static ImportResult Failed(IEnumerable<ImportProblem> errors) => new() { Errors = [.. errors] };
}
