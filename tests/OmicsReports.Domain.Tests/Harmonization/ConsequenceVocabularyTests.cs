using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Domain.Tests.Harmonization;

public class ConsequenceVocabularyTests
{
    public static TheoryData<string, VariantConsequence> MafValues => new()
    {
        { "Missense_Mutation", VariantConsequence.Missense },
        { "Nonsense_Mutation", VariantConsequence.Nonsense },
        { "Nonstop_Mutation", VariantConsequence.StopLost },
        { "Silent", VariantConsequence.Silent },
        { "Frame_Shift_Del", VariantConsequence.FrameshiftDeletion },
        { "Frame_Shift_Ins", VariantConsequence.FrameshiftInsertion },
        { "In_Frame_Del", VariantConsequence.InframeDeletion },
        { "In_Frame_Ins", VariantConsequence.InframeInsertion },
        { "Splice_Site", VariantConsequence.SpliceSite },
        { "Splice_Region", VariantConsequence.SpliceRegion },
        { "Translation_Start_Site", VariantConsequence.StartLost },
        { "Intron", VariantConsequence.Intronic },
        { "3'UTR", VariantConsequence.UntranslatedRegion },
        { "5'UTR", VariantConsequence.UntranslatedRegion },
        { "3'Flank", VariantConsequence.Downstream },
        { "5'Flank", VariantConsequence.Upstream },
        { "IGR", VariantConsequence.Intergenic },
        { "RNA", VariantConsequence.NonCodingTranscript },
        { "Targeted_Region", VariantConsequence.Other },
        { " missense_mutation ", VariantConsequence.Missense },
    };

    [Theory]
    [MemberData(nameof(MafValues))]
    public void FromMafClassification_KnownValue_MapsToConsequence(string value, VariantConsequence expected)
    {
        Assert.Equal(expected, ConsequenceVocabulary.FromMafClassification(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("NA")]
    [InlineData("Missense")]
    public void FromMafClassification_UnknownValue_GivesNull(string? value)
    {
        Assert.Null(ConsequenceVocabulary.FromMafClassification(value));
    }

    public static TheoryData<string, VariantConsequence> SequenceOntologyTerms => new()
    {
        { "missense_variant", VariantConsequence.Missense },
        { "stop_gained", VariantConsequence.Nonsense },
        { "synonymous_variant", VariantConsequence.Silent },
        { "splice_acceptor_variant", VariantConsequence.SpliceSite },
        { "splice_donor_variant", VariantConsequence.SpliceSite },
        { "splice_region_variant", VariantConsequence.SpliceRegion },
        { "inframe_deletion", VariantConsequence.InframeDeletion },
        { "inframe_insertion", VariantConsequence.InframeInsertion },
        { "start_lost", VariantConsequence.StartLost },
        { "stop_lost", VariantConsequence.StopLost },
        { "intron_variant", VariantConsequence.Intronic },
        { "3_prime_UTR_variant", VariantConsequence.UntranslatedRegion },
        { "upstream_gene_variant", VariantConsequence.Upstream },
        { "downstream_gene_variant", VariantConsequence.Downstream },
        { "intergenic_variant", VariantConsequence.Intergenic },
        { "non_coding_transcript_exon_variant", VariantConsequence.NonCodingTranscript },
        // several terms: the most severe wins, whatever the order
        { "splice_region_variant&intron_variant", VariantConsequence.SpliceRegion },
        { "intron_variant&splice_region_variant", VariantConsequence.SpliceRegion },
        { "missense_variant&splice_region_variant", VariantConsequence.Missense },
        { "synonymous_variant,splice_region_variant", VariantConsequence.SpliceRegion },
        { "stop_gained&frameshift_variant", VariantConsequence.Nonsense },
        { "splice_donor_variant&coding_sequence_variant&intron_variant", VariantConsequence.SpliceSite },
        { "made_up_term&missense_variant", VariantConsequence.Missense },
    };

    [Theory]
    [MemberData(nameof(SequenceOntologyTerms))]
    public void FromSequenceOntology_Terms_MapsMostSevere(string terms, VariantConsequence expected)
    {
        Assert.Equal(expected, ConsequenceVocabulary.FromSequenceOntology(terms));
    }

    [Theory]
    [InlineData("frameshift_variant", "AT", "A", VariantConsequence.FrameshiftDeletion)]
    [InlineData("frameshift_variant", "A", "AT", VariantConsequence.FrameshiftInsertion)]
    [InlineData("frameshift_variant", "T", "-", VariantConsequence.FrameshiftDeletion)]
    [InlineData("frameshift_variant", "-", "TG", VariantConsequence.FrameshiftInsertion)]
    [InlineData("protein_altering_variant", "ATTT", "A", VariantConsequence.InframeDeletion)]
    [InlineData("protein_altering_variant", "A", "AGG", VariantConsequence.FrameshiftInsertion)]
    public void FromSequenceOntology_LengthDependentTerm_UsesTheAlleles(
        string term, string reference, string alternate, VariantConsequence expected)
    {
        Assert.Equal(expected, ConsequenceVocabulary.FromSequenceOntology(term, reference, alternate));
    }

    [Theory]
    [InlineData("frameshift_variant", null, null)]
    [InlineData("frameshift_variant", "A", "<DEL>")]
    [InlineData("protein_altering_variant", "AC", "GT")]
    [InlineData("", null, null)]
    [InlineData("not_a_term", null, null)]
    [InlineData(null, null, null)]
    public void FromSequenceOntology_UndecidableOrUnknown_GivesNull(string? term, string? reference, string? alternate)
    {
        Assert.Null(ConsequenceVocabulary.FromSequenceOntology(term, reference, alternate));
    }

    [Fact]
    public void MostSevereTerm_VepJoinedTerms_FollowsVepOrder()
    {
        Assert.Equal("splice_acceptor_variant",
            ConsequenceVocabulary.MostSevereTerm("intron_variant&splice_acceptor_variant&stop_gained"));
        Assert.Null(ConsequenceVocabulary.MostSevereTerm("x&y"));
    }
}
