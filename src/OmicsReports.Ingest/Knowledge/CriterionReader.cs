using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge.Criteria;
using YamlDotNet.RepresentationModel;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>
/// Reads a rule's "when:" into the closed set of criterion records. Each node is a mapping with exactly one key
/// naming the criterion (variant, copyNumber, fusion, tmb, msi, mmr, expression, ihc, her2, pgx, hrd, hla, allOf, anyOf,
/// noneOf).
/// </summary>
internal static class CriterionReader
{
    private static readonly string[] Kinds =
        ["variant", "copyNumber", "fusion", "tmb", "msi", "mmr", "expression", "ihc", "her2", "pgx", "hrd", "hla", "allOf", "anyOf", "noneOf"];

    public static Criterion? Read(YamlSource source, YamlNode? node)
    {
        if (node is not YamlMappingNode mapping || mapping.Children.Count != 1)
        {
            if (node is not null)
            {
                source.Error(node, "criterion-shape", $"A criterion is a mapping with exactly one of: {string.Join(", ", Kinds)}.");
            }

            return null;
        }

        var (keyNode, body) = mapping.Children.Single();
        var key = ((YamlScalarNode)keyNode).Value;
        return key switch
        {
            "variant" => VariantReader.Read(source, body),
            "copyNumber" => CopyNumber(source, body),
            "fusion" => Fusion(source, body),
            "tmb" => Tmb(source, body),
            "msi" => source.Enum<MsiStatus>(body, "MSI status") is { } status ? new MsiCriterion { Status = status } : null,
            "mmr" => Mmr(source, body),
            "expression" => Expression(source, body),
            "ihc" => Ihc(source, body),
            "her2" => source.Enum<Her2Status>(body, "HER2 status") is { } her2 ? new Her2Criterion { Status = her2 } : null,
            "pgx" => Pharmacogenomic(source, body),
            "hrd" => ImmunogenomicCriterionReader.Hrd(source, body),
            "hla" => ImmunogenomicCriterionReader.Hla(source, body),
            "allOf" => Parts(source, body, key) is { } all ? new AllOfCriterion { Parts = all } : null,
            "anyOf" => Parts(source, body, key) is { } any ? new AnyOfCriterion { Parts = any } : null,
            "noneOf" => Parts(source, body, key) is { } none ? new NoneOfCriterion { Parts = none } : null,
            _ => Unknown(source, keyNode, key),
        };
    }

    private static Criterion? Unknown(YamlSource source, YamlNode keyNode, string? key)
    {
        source.Error(keyNode, "unknown-criterion", $"'{key}' is not a criterion; use one of: {string.Join(", ", Kinds)}.");
        return null;
    }

    private static Criterion[]? Parts(YamlSource source, YamlNode body, string key)
    {
        var items = source.Items(body, key);
        if (items.Count == 0)
        {
            source.Error(body, "empty-combination", $"'{key}' needs at least one criterion.");
            return null;
        }

        var parts = items.Select(item => Read(source, item)).ToArray();
        return parts.Any(p => p is null) ? null : parts.OfType<Criterion>().ToArray();
    }

    private static CopyNumberCriterion? CopyNumber(YamlSource source, YamlNode body)
    {
        if (source.Map(body, "copyNumber") is not { } map)
        {
            return null;
        }

        var gene = source.Text(map.Required("gene", "copyNumber"), "gene");
        var ev = source.Enum<CopyNumberEvent>(map.Required("event", "copyNumber"), "copy-number event");
        map.Finish("copyNumber");
        return gene is null || ev is null ? null : new CopyNumberCriterion { Gene = gene, Event = ev.Value };
    }

    private static FusionCriterion? Fusion(YamlSource source, YamlNode body)
    {
        if (source.Map(body, "fusion") is not { } map)
        {
            return null;
        }

        var gene = source.Text(map.Required("gene", "fusion"), "gene");
        var partner = source.Text(map.Optional("partner"), "partner");
        map.Finish("fusion");
        return gene is null ? null : new FusionCriterion { Gene = gene, Partner = partner };
    }

    private static TmbCriterion? Tmb(YamlSource source, YamlNode body)
    {
        if (source.Map(body, "tmb") is not { } map)
        {
            return null;
        }

        var atLeast = source.Number(map.Required("atLeast", "tmb"), "atLeast");
        map.Finish("tmb");
        return atLeast is null ? null : new TmbCriterion { AtLeast = atLeast.Value };
    }

    private static MmrCriterion? Mmr(YamlSource source, YamlNode body)
    {
        if (source.Text(body, "mmr") is "deficient")
        {
            return new MmrCriterion();
        }

        source.Error(body, "unknown-value", "mmr supports one value: deficient.");
        return null;
    }

    private static ExpressionCriterion? Expression(YamlSource source, YamlNode body)
    {
        if (source.Map(body, "expression") is not { } map)
        {
            return null;
        }

        var gene = source.Text(map.Required("gene", "expression"), "gene");
        var min = source.Number(map.Optional("zAtLeast"), "zAtLeast");
        var max = source.Number(map.Optional("zAtMost"), "zAtMost");
        map.Finish("expression");
        if (min is null && max is null)
        {
            source.Error(body, "missing-key", "expression needs zAtLeast or zAtMost.");
        }

        return gene is null || (min is null && max is null) ? null : new ExpressionCriterion { Gene = gene, AtLeast = min, AtMost = max };
    }

    private static IhcCriterion? Ihc(YamlSource source, YamlNode body)
    {
        if (source.Map(body, "ihc") is not { } map)
        {
            return null;
        }

        var marker = source.Text(map.Required("marker", "ihc"), "marker");
        var score = source.Text(map.Required("score", "ihc"), "score");
        var min = source.Number(map.Optional("atLeast"), "atLeast");
        var below = source.Number(map.Optional("below"), "below");
        var clone = source.Text(map.Optional("clone"), "clone");
        map.Finish("ihc");
        // Markers with several names (FRα, FOLR1, FRa) are stored under one, as the harmonizer stores findings.
        return marker is null || score is null ? null
            : new IhcCriterion { Marker = IhcMarkers.Canonical(marker), Score = score, AtLeast = min, Below = below, AntibodyClone = clone };
    }

    private static PharmacogenomicCriterion? Pharmacogenomic(YamlSource source, YamlNode body)
    {
        if (source.Map(body, "pgx") is not { } map)
        {
            return null;
        }

        var gene = source.Text(map.Required("gene", "pgx"), "gene");
        var phenotypes = source.TextList(map.Optional("phenotype"), "phenotype");
        var (min, max) = CriterionValues.ActivityScore(source, map.Optional("activityScore"));
        map.Finish("pgx");
        if (phenotypes.Count == 0 && min is null && max is null)
        {
            source.Error(body, "missing-key", "pgx needs a phenotype or an activityScore.");
            return null;
        }

        return gene is null ? null
            : new PharmacogenomicCriterion { Gene = gene, Phenotypes = phenotypes, ActivityAtLeast = min, ActivityAtMost = max };
    }
}
