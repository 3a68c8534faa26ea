using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Formats.Common;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Fhir;

/// <summary>
/// Genomics Reporting variant Observations (69548-6) to <see cref="SmallVariant"/>s: gene studied, c./p.HGVS,
/// transcript, alleles, position, VAF, depth and genomic source from the components. A "fusion" with only a gene
/// (as the IG's ROS1 example) becomes a fusion with an unknown partner. Nothing is inferred that the resource
/// does not say.
/// </summary>
internal sealed class FhirVariants(ImportSession session, UnknownGeneTally unknownGenes)
{
    // LOINC answers of 92822-6 (genomic coordinate system): LA30100-4 0-based interval counting and LA30101-2
    // 0-based character counting start one below the 1-based (VCF, HGVS) position; LA30102-0 is 1-based.
    private static readonly string[] ZeroBased = ["LA30100-4", "LA30101-2"];

    public bool Add(FhirNode node, FhirObservation o, CaseBuilder builder, string? consequenceTerm)
    {
        if (o.ValueCodeableConcept?.Has("LA9634-2") == true)
        {
            return false; // "Absent": a negative result, not a finding
        }

        var gene = o.Component(FhirCodes.GeneStudied)?.ValueCodeableConcept?.Words;
        var (coding, protein, genomic) = (o.Component(FhirCodes.CodingHgvs).CodeOrWords(), o.Component(FhirCodes.ProteinHgvs).CodeOrWords(), o.Component(FhirCodes.GenomicHgvs).CodeOrWords());
        var (reference, alternate) = (o.Component(FhirCodes.ReferenceAllele)?.ValueString, o.Component(FhirCodes.AlternateAllele)?.ValueString);
        if (gene is null && coding is null && protein is null && genomic is null && reference is null && alternate is null)
        {
            return false; // a grouping of member variants (hasMember), which are imported themselves
        }

        var notes = new List<HarmonizationNote>();
        var symbol = gene is null ? null : Gene(gene, node, notes);
        if (coding is null && protein is null && genomic is null && symbol is not null
            && FhirStructural.TryAdd(node, o, builder, session, notes, symbol, g => Gene(g, node, notes), allelesGiven: reference is not null || alternate is not null))
        {
            return true;
        }

        var (transcript, hgvsc) = SplitAccession(coding);
        TranscriptNote(o, transcript, notes);
        var parsed = protein is null ? default : session.Harmonizer.Protein(protein);
        if (protein is not null && parsed.Change is null)
        {
            builder.Warn(ImportProblem.Warning("unreadable-protein-change", node.File.Name, node.Position.Line, node.Position.Column,
                $"Protein change '{protein}' could not be read; the variant is kept without it."));
        }

        if (parsed.Note is not null)
        {
            notes.Add(parsed.Note);
        }

        builder.AddVariant(new SmallVariant
        {
            Source = node.Location,
            Original = o.Describe(),
            Notes = notes,
            Gene = symbol,
            Chromosome = Chromosome(o),
            Position = Position(o, notes),
            Reference = reference,
            Alternate = alternate,
            Transcript = transcript ?? o.Component(FhirCodes.Transcript).CodeOrWords(),
            HgvsC = hgvsc,
            Protein = parsed.Change,
            Consequence = consequenceTerm is null ? VariantConsequence.Other
                : session.Harmonizer.Consequence(consequenceTerm, reference, alternate) ?? session.Harmonizer.Consequence(consequenceTerm) ?? VariantConsequence.Other,
            Vaf = Vaf(node, o, builder, notes),
            Exon = FhirStructural.Region(o, "exon").Number,
            ExonCount = FhirStructural.Region(o, "exon").Count,
            Intron = FhirStructural.Region(o, "intron").Number,
            Depth = o.Component(FhirCodes.ReadDepth)?.ValueQuantity?.Value is { } depth && depth is >= 0 and <= int.MaxValue ? (int)depth : null,
            Origin = Origin(o),
        });
        return true;
    }

    /// <summary>"EGFR L858R"-style words for an implication's "derived from", from the resource alone.</summary>
    public static string Label(FhirObservation o)
    {
        if (o.Component(FhirCodes.DiscreteVariant).Words() is { } described)
        {
            return described;
        }

        var gene = o.Component(FhirCodes.GeneStudied)?.ValueCodeableConcept?.Words;
        var change = o.Component(FhirCodes.ProteinHgvs).CodeOrWords() ?? o.Component(FhirCodes.CodingHgvs).CodeOrWords();
        var parts = new[] { gene, change }.OfType<string>().ToList();
        return parts.Count > 0 ? string.Join(' ', parts) : "variant";
    }

    private string Gene(string written, FhirNode node, List<HarmonizationNote> notes)
    {
        var name = session.Harmonizer.Gene(written);
        if (name.Note is not null)
        {
            notes.Add(name.Note);
        }

        if (!name.Known)
        {
            unknownGenes.Add(written, node.Position.Line, node.Position.Column);
        }

        return name.Symbol;
    }

    private static (string? Accession, string? Change) SplitAccession(string? hgvs)
    {
        var colon = hgvs?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 ? (hgvs![..colon], hgvs[(colon + 1)..]) : (null, hgvs);
    }

    /// <summary>The IG's own example codes NM_006218.3 but displays and uses NM_006218.4: the HGVS string wins.</summary>
    private static void TranscriptNote(FhirObservation o, string? fromHgvs, List<HarmonizationNote> notes)
    {
        var coded = o.Component(FhirCodes.Transcript)?.ValueCodeableConcept?.Coding?.FirstOrDefault()?.Code;
        if (fromHgvs is not null && coded is not null && coded != fromHgvs)
        {
            notes.Add(new HarmonizationNote("transcript", coded, fromHgvs, "the transcript component disagrees with the c.HGVS; the HGVS accession is used"));
        }
    }

    private static string? Chromosome(FhirObservation o)
    {
        var words = o.Component(FhirCodes.Chromosome)?.ValueCodeableConcept?.Words;
        if (words is not null)
        {
            return words.StartsWith("Chromosome ", StringComparison.OrdinalIgnoreCase) ? words["Chromosome ".Length..] : words;
        }

        // RefSeq chromosome accessions: NC_000001..NC_000022 are chromosomes 1-22, NC_000023 X, NC_000024 Y.
        var accession = o.Component(FhirCodes.GenomicReference).CodeOrWords();
        if (accession is null || !accession.StartsWith("NC_0000", StringComparison.Ordinal) || accession.Length < 9
            || !int.TryParse(accession.AsSpan(7, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return number switch { >= 1 and <= 22 => number.ToString(CultureInfo.InvariantCulture), 23 => "X", 24 => "Y", _ => null };
    }

    private static long? Position(FhirObservation o, List<HarmonizationNote> notes)
    {
        if (o.Component(FhirCodes.ExactStartEnd)?.ValueRange?.Low?.Value is not { } low || low is < 0 or >= long.MaxValue)
        {
            return null;
        }

        var start = (long)low;
        if (ZeroBased.Any(code => o.Component("92822-6")?.ValueCodeableConcept?.Has(code) == true))
        {
            notes.Add(new HarmonizationNote("position", start.ToString(CultureInfo.InvariantCulture), (start + 1).ToString(CultureInfo.InvariantCulture), "0-based start read as a 1-based position"));
            return start + 1;
        }

        return start;
    }

    private static double? Vaf(FhirNode node, FhirObservation o, CaseBuilder builder, List<HarmonizationNote> notes)
    {
        if (o.Component(FhirCodes.AlleleFrequency)?.ValueQuantity is not { Value: { } value } quantity)
        {
            return null;
        }

        var fraction = (double)value;
        if (quantity.Code == "%" || quantity.Unit == "%")
        {
            notes.Add(new HarmonizationNote("VAF", $"{value.ToString(CultureInfo.InvariantCulture)}%", (fraction / 100).ToString(CultureInfo.InvariantCulture), "percentage read as a fraction"));
            fraction /= 100;
        }

        if (fraction is < 0 or > 1)
        {
            builder.Warn(ImportProblem.Warning("vaf-out-of-range", node.File.Name, node.Position.Line, node.Position.Column,
                $"Allele frequency {value.ToString(CultureInfo.InvariantCulture)} is outside 0-1 and has no % unit; it was left out."));
            return null;
        }

        return Math.Round(fraction, 4);
    }

    private static VariantOrigin Origin(FhirObservation o)
    {
        var source = o.Component(FhirCodes.GenomicSource)?.ValueCodeableConcept;
        return source?.Has(FhirCodes.Somatic) == true ? VariantOrigin.Somatic
            : source?.Has(FhirCodes.Germline) == true ? VariantOrigin.Germline
            : VariantOrigin.Unknown;
    }
}
