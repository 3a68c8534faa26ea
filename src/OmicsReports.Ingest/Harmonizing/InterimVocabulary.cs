using System.Globalization;
using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Harmonizing;

/// <summary>
/// Small word lists that readers need today. Interim: Domain/Harmonization's ConsequenceVocabulary,
/// BiomarkerVocabulary and OncoTree replace them behind <see cref="Harmonizer"/>.
/// </summary>
internal static class InterimVocabulary
{
    // MAF Variant_Classification values (GDC MAF specification) and common Sequence Ontology terms (VEP).
    private static readonly Dictionary<string, VariantConsequence> Consequences = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Missense_Mutation"] = VariantConsequence.Missense, ["missense_variant"] = VariantConsequence.Missense,
        ["Nonsense_Mutation"] = VariantConsequence.Nonsense, ["stop_gained"] = VariantConsequence.Nonsense,
        ["Frame_Shift_Del"] = VariantConsequence.FrameshiftDeletion, ["Frame_Shift_Ins"] = VariantConsequence.FrameshiftInsertion,
        ["frameshift_variant"] = VariantConsequence.FrameshiftDeletion,
        ["In_Frame_Del"] = VariantConsequence.InframeDeletion, ["inframe_deletion"] = VariantConsequence.InframeDeletion,
        ["In_Frame_Ins"] = VariantConsequence.InframeInsertion, ["inframe_insertion"] = VariantConsequence.InframeInsertion,
        ["Splice_Site"] = VariantConsequence.SpliceSite, ["splice_acceptor_variant"] = VariantConsequence.SpliceSite,
        ["splice_donor_variant"] = VariantConsequence.SpliceSite,
        ["Splice_Region"] = VariantConsequence.SpliceRegion, ["splice_region_variant"] = VariantConsequence.SpliceRegion,
        ["Silent"] = VariantConsequence.Silent, ["synonymous_variant"] = VariantConsequence.Silent,
        ["Translation_Start_Site"] = VariantConsequence.StartLost, ["start_lost"] = VariantConsequence.StartLost,
        ["Nonstop_Mutation"] = VariantConsequence.StopLost, ["stop_lost"] = VariantConsequence.StopLost,
        ["Intron"] = VariantConsequence.Intronic, ["intron_variant"] = VariantConsequence.Intronic,
        ["3'UTR"] = VariantConsequence.UntranslatedRegion, ["5'UTR"] = VariantConsequence.UntranslatedRegion,
        ["3_prime_UTR_variant"] = VariantConsequence.UntranslatedRegion, ["5_prime_UTR_variant"] = VariantConsequence.UntranslatedRegion,
        ["IGR"] = VariantConsequence.Intergenic, ["intergenic_variant"] = VariantConsequence.Intergenic,
        ["RNA"] = VariantConsequence.NonCodingTranscript, ["non_coding_transcript_exon_variant"] = VariantConsequence.NonCodingTranscript,
        ["5'Flank"] = VariantConsequence.Upstream, ["upstream_gene_variant"] = VariantConsequence.Upstream,
        ["3'Flank"] = VariantConsequence.Downstream, ["downstream_gene_variant"] = VariantConsequence.Downstream,
    };

    // cBioPortal MSI_TYPE values and the wording of common reports.
    private static readonly Dictionary<string, MsiStatus> MsiWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MSI-H"] = MsiStatus.High, ["MSI-High"] = MsiStatus.High, ["MSIH"] = MsiStatus.High, ["Instable"] = MsiStatus.High,
        ["Unstable"] = MsiStatus.High, ["High"] = MsiStatus.High, ["Microsatellite Instability-High"] = MsiStatus.High,
        ["MSI-L"] = MsiStatus.Low, ["MSI-Low"] = MsiStatus.Low, ["Low"] = MsiStatus.Low,
        ["MSS"] = MsiStatus.Stable, ["Stable"] = MsiStatus.Stable, ["Microsatellite Stable"] = MsiStatus.Stable,
        ["Indeterminate"] = MsiStatus.Indeterminate, ["Equivocal"] = MsiStatus.Indeterminate,
    };

    private static readonly Dictionary<string, CopyNumberCall> CopyNumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Amplification"] = CopyNumberCall.Amplification, ["Amp"] = CopyNumberCall.Amplification,
        ["Gain"] = CopyNumberCall.Gain, ["Loss"] = CopyNumberCall.ShallowDeletion,
        ["Deletion"] = CopyNumberCall.DeepDeletion, ["HomDel"] = CopyNumberCall.DeepDeletion,
        ["Neutral"] = CopyNumberCall.Neutral,
    };

    public static VariantConsequence Consequence(string? term)
    {
        if (string.IsNullOrWhiteSpace(term))
        {
            return VariantConsequence.Other;
        }

        // VEP joins several terms with '&'; the first is the most severe.
        var first = term.Split('&', ',')[0].Trim();
        return Consequences.GetValueOrDefault(first, VariantConsequence.Other);
    }

    public static TumorTypeResolution TumorType(string code, string? name)
    {
        var trimmed = code.Trim();
        // OncoTree codes are upper-case letters and digits; anything else is not a code at all.
        var looksLikeCode = trimmed.Length is > 0 and <= 20 && trimmed.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');
        return looksLikeCode
            ? new TumorTypeResolution(new TumorType(trimmed, string.IsNullOrWhiteSpace(name) ? trimmed : name.Trim()), null)
            : new TumorTypeResolution(null, $"'{trimmed}' is not an OncoTree code; the tumour type was left open.");
    }

    public static MsiStatus? Msi(string? text) =>
        text is not null && MsiWords.TryGetValue(text.Trim(), out var status) ? status : null;

    public static CopyNumberCall? CopyNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value is >= -2 and <= 2 ? (CopyNumberCall)value : null;
        }

        return CopyNumberWords.TryGetValue(trimmed, out var call) ? call : null;
    }
}
