using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Ingest.Formats.Bundle;

/// <summary>The bundle's scored IHC markers, HRD result and HLA genotypes.</summary>
internal sealed partial class BundleMapper
{
    /// <summary>A marker with a scoring convention (CLDN18.2, FRα, c-Met, ER, PR), read through the IHC vocabulary.</summary>
    private void ScoredProtein(BundleProtein p, string path, string original)
    {
        var text = p.Value is { } value ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%" : p.Category;
        var reading = session.Harmonizer.Ihc(p.Marker, text, p.ScoringSystem);
        if (!Check(reading is not null, path, $"'{text}' is not a {p.Marker} result; give a percentage in 'value' or positive/negative in 'category'."))
        {
            return;
        }

        var finding = reading!.ToFinding(At(path), original, p.AntibodyClone);
        if (!string.Equals(finding.Marker, p.Marker.Trim(), StringComparison.Ordinal))
        {
            finding = finding with { Notes = [new HarmonizationNote("marker", p.Marker, finding.Marker, "IHC marker name"), .. finding.Notes] };
        }

        builder.AddProtein(finding);
    }

    private void Hrd(BundleHrd? hrd)
    {
        if (hrd is null || !Check(hrd.Status is not null || hrd.Score is not null, "$.hrd", "give 'status', 'score' or both."))
        {
            return;
        }

        var status = hrd.Status is null ? HrdStatus.NotStated : session.Harmonizer.Hrd(hrd.Status);
        if (Check(status is not null, "$.hrd.status", $"'{hrd.Status}' is not an HRD status (positive, negative, deficient, proficient, indeterminate)."))
        {
            builder.SetHrd(new HomologousRecombinationDeficiency
            {
                Source = At("$.hrd"), Original = $"HRD {hrd.Status} {hrd.ScoreKind} {hrd.Score} {hrd.Assay}".Trim(),
                Status = status!.Value, Score = hrd.Score, ScoreKind = hrd.ScoreKind, Assay = hrd.Assay,
            });
        }
    }

    private void Hla(BundleHla hla, string path)
    {
        var alleles = hla.Alleles.Select(a => session.Harmonizer.HlaAllele(a)).ToArray();
        var ok = Check(hla.Alleles.Count is 1 or 2, path + ".alleles", "an HLA locus has one or two alleles (one means homozygous).");
        for (var i = 0; i < alleles.Length; i++)
        {
            ok &= Check(alleles[i] is not null, $"{path}.alleles[{i}]", $"'{hla.Alleles[i]}' is not an HLA allele in WHO nomenclature (e.g. HLA-A*02:01).")
                && Check(alleles[i]!.Gene == hla.Gene, $"{path}.alleles[{i}]", $"{alleles[i]!.Name} is not an allele of {hla.Gene}.");
        }

        if (ok)
        {
            var names = alleles.Select(a => a!.Name).ToArray();
            builder.AddHla(new HlaGenotype
            {
                Source = At(path), Original = $"{hla.Gene} {string.Join("/", hla.Alleles)}", Gene = hla.Gene,
                Alleles = names.Length == 1 ? [names[0], names[0]] : names, Method = hla.Method,
            });
        }
    }
}
