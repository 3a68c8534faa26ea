using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Fhir;

/// <summary>
/// Structured protein and expression results and the tumour purity, as OmicsReports' own export writes them
/// (text-coded components, see <see cref="FhirLocalCodes"/>): read back value for value, without the wording
/// vocabularies that free-text results need.
/// </summary>
internal static class FhirMeasurements
{
    public static bool AddProtein(FhirNode node, FhirObservation o, CaseBuilder builder)
    {
        var marker = o.Code?.Text ?? o.Code?.Words;
        var scoring = o.Named(FhirLocalCodes.ScoringSystem)?.ValueString;
        if (marker is null || scoring is null)
        {
            return false;
        }

        builder.AddProtein(new ProteinMarker
        {
            Source = node.Location,
            Original = o.Describe(),
            Marker = marker,
            AntibodyClone = o.Method?.Text ?? o.Method?.Words,
            ScoringSystem = scoring,
            Value = o.ValueQuantity?.Value is { } value ? (double)value : null,
            Comparator = o.ValueQuantity?.Comparator switch
            {
                "<" => ValueComparator.LessThan,
                "<=" => ValueComparator.LessThanOrEqual,
                ">" => ValueComparator.GreaterThan,
                ">=" => ValueComparator.GreaterThanOrEqual,
                _ => ValueComparator.Exact,
            },
            Category = o.Named(FhirLocalCodes.Category)?.ValueString ?? (o.ValueQuantity is null ? o.ValueString : null),
            Ish = o.Named(FhirLocalCodes.Ish)?.ValueString switch
            {
                "amplified" => IshResult.Amplified,
                "not amplified" => IshResult.NotAmplified,
                "equivocal" => IshResult.Equivocal,
                _ => IshResult.NotDone,
            },
        });
        return true;
    }

    public static bool AddExpression(FhirNode node, FhirObservation o, CaseBuilder builder, ImportSession session)
    {
        var written = o.Component(FhirCodes.GeneStudied)?.ValueCodeableConcept?.Words;
        if (written is null)
        {
            return false;
        }

        var gene = session.Harmonizer.Gene(written);
        builder.AddExpression(new ExpressionValue
        {
            Source = node.Location,
            Original = o.Describe(),
            Notes = gene.Note is null ? [] : [gene.Note],
            Gene = gene.Symbol,
            Value = o.ValueQuantity?.Value is { } value ? (double)value : null,
            Unit = o.ValueQuantity?.Unit,
            ZScore = o.Named(FhirLocalCodes.ZScore)?.ValueQuantity?.Value is { } z ? (double)z : null,
            ZScoreReference = o.Named(FhirLocalCodes.ZScoreReference)?.ValueString,
        });
        return true;
    }

    /// <summary>A purity Observation's value as a fraction: "%" values are divided by 100.</summary>
    public static bool AddPurity(FhirNode node, FhirObservation o, CaseBuilder builder)
    {
        if (o.ValueQuantity is not { Value: { } value } quantity)
        {
            return false;
        }

        var fraction = quantity.Code == "%" || quantity.Unit == "%" ? (double)value / 100 : (double)value;
        if (fraction is < 0 or > 1)
        {
            builder.Warn(ImportProblem.Warning("purity-out-of-range", node.File.Name, node.Position.Line, node.Position.Column,
                $"Tumour purity {value.ToString(CultureInfo.InvariantCulture)} is outside 0-100%; it was left out."));
            return false;
        }

        builder.Specimen = builder.Specimen with { TumorPurity = Math.Round(fraction, 4) };
        return true;
    }
}
