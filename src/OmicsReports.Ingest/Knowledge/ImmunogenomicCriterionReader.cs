using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge.Criteria;
using YamlDotNet.RepresentationModel;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>
/// Reads "hrd:" and "hla:" criteria: <c>hrd: positive</c> (the laboratory's call), <c>hrd: { score: GIS, atLeast: 42 }</c>,
/// and <c>hla: "A*02:01"</c> or <c>hla: { gene: HLA-A, allele: "A*02:01" }</c> at two-field resolution.
/// </summary>
internal static class ImmunogenomicCriterionReader
{
    public static HrdCriterion? Hrd(YamlSource source, YamlNode body)
    {
        if (body is YamlScalarNode)
        {
            return source.Enum<HrdStatus>(body, "HRD status") switch
            {
                { } status when status is HrdStatus.Positive or HrdStatus.Negative => new HrdCriterion { Status = status },
                null => null,
                _ => NotACall(source, body),
            };
        }

        if (source.Map(body, "hrd") is not { } map)
        {
            return null;
        }

        var kind = source.Text(map.Required("score", "hrd"), "score");
        var atLeast = source.Number(map.Required("atLeast", "hrd"), "atLeast");
        map.Finish("hrd");
        return kind is null || atLeast is null ? null : new HrdCriterion { ScoreKind = kind, AtLeast = atLeast };
    }

    public static HlaCriterion? Hla(YamlSource source, YamlNode body)
    {
        string? gene = null;
        string? written;
        if (body is YamlScalarNode)
        {
            written = source.Text(body, "hla");
        }
        else if (source.Map(body, "hla") is { } map)
        {
            gene = source.Text(map.Required("gene", "hla"), "gene");
            written = source.Text(map.Required("allele", "hla"), "allele");
            map.Finish("hla");
        }
        else
        {
            return null;
        }

        if (written is null)
        {
            return null;
        }

        if (HlaAllele.Parse(written) is not { Protein: { } protein } allele)
        {
            source.Error(body, "hla-allele", $"'{written}' is not an HLA allele at two-field resolution; write it as A*02:01.");
            return null;
        }

        if (gene is not null && !string.Equals(gene, allele.Gene, StringComparison.Ordinal))
        {
            source.Error(body, "hla-allele", $"The allele {allele.Name} belongs to {allele.Gene}, not {gene}.");
            return null;
        }

        if (!string.Equals(written, protein, StringComparison.Ordinal))
        {
            source.Warning(body, "hla-allele", $"'{written}' is read as {protein} (two fields identify the protein); write it that way.");
        }

        return new HlaCriterion { Gene = allele.Gene, Allele = protein };
    }

    private static HrdCriterion? NotACall(YamlSource source, YamlNode body)
    {
        source.Error(body, "unknown-value", "hrd takes positive or negative, or { score: GIS, atLeast: 42 }.");
        return null;
    }
}
