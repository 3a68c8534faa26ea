using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Maf;

/// <summary>What one MAF row tells its sample besides the variant (warnings, the genome build), applied to the case later.</summary>
internal sealed class MafRowNotes
{
    private List<ImportProblem>? warnings;
    private (string Build, SourceLocation Where)? genomeBuild;

    public void Warn(ImportProblem warning) => (warnings ??= new List<ImportProblem>(1)).Add(warning);

    public void NoteGenomeBuild(string build, SourceLocation where) => genomeBuild = (build, where);

    /// <summary>Gives the notes to the sample's builder in the order the row produced them.</summary>
    public void ApplyTo(CaseBuilder builder)
    {
        // The mapper notes the build before it warns about the consequence, and after the gene and protein warnings;
        // the builder keeps builds and warnings apart, so only the order within each matters.
        if (genomeBuild is { } noted)
        {
            builder.NoteGenomeBuild(noted.Build, noted.Where);
        }

        warnings?.ForEach(builder.Warn);
    }

    /// <summary>True when the row noted nothing, so an empty instance can be shared.</summary>
    public bool IsEmpty => warnings is null && genomeBuild is null;
}
