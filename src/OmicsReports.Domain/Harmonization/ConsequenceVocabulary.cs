using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization;

/// <summary>
/// Maps the consequence vocabularies of VEP/SnpEff (Sequence Ontology terms) and of MAF files
/// (<c>Variant_Classification</c>) onto <see cref="VariantConsequence"/>. Unknown words give null: the caller warns.
/// </summary>
public static class ConsequenceVocabulary
{
    private static readonly Dictionary<string, VariantConsequence> Maf = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Missense_Mutation"] = VariantConsequence.Missense,
        ["Nonsense_Mutation"] = VariantConsequence.Nonsense,
        ["Nonstop_Mutation"] = VariantConsequence.StopLost,
        ["Silent"] = VariantConsequence.Silent,
        ["Frame_Shift_Del"] = VariantConsequence.FrameshiftDeletion,
        ["Frame_Shift_Ins"] = VariantConsequence.FrameshiftInsertion,
        ["In_Frame_Del"] = VariantConsequence.InframeDeletion,
        ["In_Frame_Ins"] = VariantConsequence.InframeInsertion,
        ["Splice_Site"] = VariantConsequence.SpliceSite,
        ["Splice_Region"] = VariantConsequence.SpliceRegion,
        ["Translation_Start_Site"] = VariantConsequence.StartLost,
        ["Intron"] = VariantConsequence.Intronic,
        ["3'UTR"] = VariantConsequence.UntranslatedRegion,
        ["5'UTR"] = VariantConsequence.UntranslatedRegion,
        // vcf2maf writes De_novo_Start_* for 5'UTR variants that create a start codon.
        ["De_novo_Start_InFrame"] = VariantConsequence.UntranslatedRegion,
        ["De_novo_Start_OutOfFrame"] = VariantConsequence.UntranslatedRegion,
        ["3'Flank"] = VariantConsequence.Downstream,
        ["5'Flank"] = VariantConsequence.Upstream,
        ["IGR"] = VariantConsequence.Intergenic,
        ["RNA"] = VariantConsequence.NonCodingTranscript,
        ["lincRNA"] = VariantConsequence.NonCodingTranscript,
        ["Targeted_Region"] = VariantConsequence.Other,
        ["Fusion"] = VariantConsequence.Other,
        ["Unknown"] = VariantConsequence.Other,
    };

    /// <summary>A MAF <c>Variant_Classification</c> value ("Missense_Mutation", "Frame_Shift_Del", "3'UTR"...).</summary>
    public static VariantConsequence? FromMafClassification(string? classification) =>
        classification is not null && Maf.TryGetValue(classification.Trim(), out var consequence) ? consequence : null;

    /// <summary>
    /// The most severe of several terms joined by "&amp;" (VEP CSQ) or "," (MAF Consequence column), by VEP's
    /// severity order; null when none is a known term.
    /// </summary>
    public static string? MostSevereTerm(string? terms)
    {
        if (string.IsNullOrWhiteSpace(terms))
        {
            return null;
        }

        return terms.Split(['&', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(t => SequenceOntologyTerms.SeverityOf(t) != int.MaxValue)
            .OrderBy(SequenceOntologyTerms.SeverityOf)
            .FirstOrDefault();
    }

    /// <summary>
    /// Sequence Ontology term(s) to a consequence, taking the most severe. Frameshift and protein-altering terms
    /// need the alleles (VCF or MAF style, "-" for none) to tell deletion from insertion; without them the result
    /// is null rather than a guess.
    /// </summary>
    public static VariantConsequence? FromSequenceOntology(string? terms, string? referenceAllele = null, string? alternateAllele = null)
    {
        var term = MostSevereTerm(terms);
        if (term is null)
        {
            return null;
        }

        if (SequenceOntologyTerms.Fixed.TryGetValue(term, out var consequence))
        {
            return consequence;
        }

        var change = LengthChange(referenceAllele, alternateAllele);
        var frameshift = string.Equals(term, "frameshift_variant", StringComparison.OrdinalIgnoreCase)
            || (change is { } c && c % 3 != 0);
        return change switch
        {
            null or 0 => null,
            < 0 => frameshift ? VariantConsequence.FrameshiftDeletion : VariantConsequence.InframeDeletion,
            > 0 => frameshift ? VariantConsequence.FrameshiftInsertion : VariantConsequence.InframeInsertion,
        };
    }

    /// <summary>Alternate length minus reference length; null when either allele is missing or symbolic.</summary>
    private static int? LengthChange(string? reference, string? alternate)
    {
        static int? Length(string? allele) => allele?.Trim() switch
        {
            null or "" or "." => null,
            "-" => 0,
            var a when a.All(char.IsAsciiLetter) => a.Length,
            _ => null,
        };

        return Length(reference) is { } r && Length(alternate) is { } a ? a - r : null;
    }
}
