using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Formats.Clinical;
using OmicsReports.Ingest.Formats.CopyNumber;
using OmicsReports.Ingest.Formats.Matrix;
using OmicsReports.Ingest.Formats.Maf;
using OmicsReports.Ingest.Formats.Structural;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Cbioportal;

/// <summary>
/// One data file of a study as its meta file describes it: the reader its datatype calls for, the layer it fills,
/// its profile stable_id (the gene panel matrix column) and the panel the meta file assigns to all its samples.
/// </summary>
internal sealed record StudyProfile(KeyValueFile Meta, string DataFile, IFormatReader Reader, Layer? Layer, string? StableId, string? MetaPanel)
{
    /// <summary>The profile for a meta file, or null for data OmicsReports does not use (methylation, GSVA...).</summary>
    public static StudyProfile? For(KeyValueFile meta, string dataFile)
    {
        ArgumentNullException.ThrowIfNull(meta);
        var type = meta["genetic_alteration_type"]?.ToUpperInvariant();
        var datatype = meta["datatype"]?.ToUpperInvariant();
        var description = meta["profile_description"] ?? meta["profile_name"];
        (IFormatReader Reader, Layer? Layer)? choice = (type, datatype) switch
        {
            ("CLINICAL", "SAMPLE_ATTRIBUTES" or "PATIENT_ATTRIBUTES" or "MIXED_ATTRIBUTES") => (new ClinicalReader(), null),
            ("MUTATION_EXTENDED" or "MUTATION_UNCALLED", _) => (new MafReader(), Domain.Cases.Layer.SmallVariants),
            ("COPY_NUMBER_ALTERATION", "DISCRETE") => (new DiscreteCnaMatrixReader(), Domain.Cases.Layer.CopyNumber),
            ("COPY_NUMBER_ALTERATION", "DISCRETE_LONG") => (new DiscreteCnaLongReader(), Domain.Cases.Layer.CopyNumber),
            ("COPY_NUMBER_ALTERATION", "LOG2-VALUE" or "CONTINUOUS") => (new ContinuousMatrixReader(MatrixKind.Log2CopyNumber), null),
            ("COPY_NUMBER_ALTERATION", "SEG") => (new SegmentReader(), null),
            ("STRUCTURAL_VARIANT", _) => (new CbioportalSvReader(), Domain.Cases.Layer.StructuralVariants),
            ("MRNA_EXPRESSION", "Z-SCORE") => (new ContinuousMatrixReader(MatrixKind.ExpressionZScore, reference: description), Domain.Cases.Layer.Expression),
            ("MRNA_EXPRESSION", "CONTINUOUS") => (new ContinuousMatrixReader(MatrixKind.Expression, unit: meta["profile_name"]), Domain.Cases.Layer.Expression),
            ("PROTEIN_LEVEL", "Z-SCORE") => (new ContinuousMatrixReader(MatrixKind.ProteinZScore, ProteinAssay(meta)), Domain.Cases.Layer.Protein),
            ("PROTEIN_LEVEL", "LOG2-VALUE" or "CONTINUOUS") => (new ContinuousMatrixReader(MatrixKind.Protein, ProteinAssay(meta)), Domain.Cases.Layer.Protein),
            _ => null,
        };
        return choice is { } c ? new StudyProfile(meta, dataFile, c.Reader, c.Layer, meta["stable_id"], meta["gene_panel"]) : null;
    }

    /// <summary>cBioPortal's two protein-level assays, told apart by the profile's stable_id.</summary>
    private static string ProteinAssay(KeyValueFile meta) =>
        meta["stable_id"]?.Contains("quantification", StringComparison.OrdinalIgnoreCase) == true ? "mass spectrometry" : "RPPA";
}
