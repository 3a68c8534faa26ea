using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Harmonizing;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>Deriving exons, splice sites and frames of the sample's variants, once all files are read.</summary>
public sealed partial class CaseBuilder
{
    /// <summary>
    /// Derives each variant's location from its c. and p. notation (<see cref="Harmonizer.Locate"/>). A file exon that
    /// differs from the derived one is kept beside it and becomes a warning naming both, so a pathologist can check.
    /// </summary>
    internal void LocateVariants(Harmonizer harmonizer)
    {
        for (var i = 0; i < variants.Count; i++)
        {
            var located = harmonizer.Locate(variants[i]);
            if (located.Location?.Disagreement is { } disagreement)
            {
                var at = located.Source;
                Warn(ImportProblem.Warning("exon-disagreement", at.File, at.Line, at.Column,
                    $"Sample {SampleId}: {located.Label}: {disagreement}; rules consider both."));
            }

            variants[i] = located;
        }
    }
}
