using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Formats.Common;
using OmicsReports.Ingest.Formats.Maf;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Vcf;

/// <summary>
/// Turns one ALT allele of a VCF record into a <see cref="SmallVariant"/>: gene, transcript, HGVS and consequence
/// from the chosen VEP entry (nothing is inferred without one), read support from the tumour column, FILTER kept
/// as written, and origin from VarScan's SS or a SOMATIC flag.
/// </summary>
internal sealed class SmallVariantMapper(InputFile file, ImportSession session, CaseBuilder builder, UnknownGeneTally unknownGenes)
{
    public int WithoutGene { get; private set; }

    /// <summary>ALT alleles the tumour column says it does not carry: a genotype without them and no ALT reads.</summary>
    public int NotInTumor { get; private set; }

    /// <param name="tumorColumn">1-based column of the tumour sample, for problems with its values.</param>
    public void Add(VcfRecord record, SampleValues? tumor, int tumorColumn, IReadOnlyList<VepEntry>? entries)
    {
        var supports = new ReadSupport[record.Alternates.Count];
        for (var allele = 1; tumor is not null && allele <= record.Alternates.Count; allele++)
        {
            supports[allele - 1] = ReadSupports.Of(record, tumor, allele, out var problem);
            if (problem is not null)
            {
                session.InvalidRow("not-a-number", file, record.Line, tumorColumn, $"The tumour sample's read data: {problem}.");
                return;
            }
        }

        for (var allele = 1; allele <= record.Alternates.Count; allele++)
        {
            var alternate = record.Alternates[allele - 1];
            if (alternate is "*" or ".")
            {
                continue; // "*" stands for an overlapping deletion, not a change at this position
            }

            if (tumor?["GT"] is { } genotype && Lacks(genotype, allele) && supports[allele - 1] is { AltReads: null or 0, Vaf: null or 0 })
            {
                NotInTumor++; // e.g. VarScan LOH calls where the tumour lost the allele, or a germline 0/0 site
                continue;
            }

            var choice = entries is null ? null : VepAnnotations.Choose(entries, record.Reference, record.Alternates, alternate);
            builder.AddVariant(Map(record, allele, alternate, supports[allele - 1], choice));
        }
    }

    private SmallVariant Map(VcfRecord record, int allele, string alternate, ReadSupport support, VepChoice? choice)
    {
        var notes = new List<HarmonizationNote>();
        var entry = choice?.Entry;
        if (choice is { Candidates: > 1 })
        {
            notes.Add(new HarmonizationNote("transcript", $"{choice.Candidates} VEP annotations", entry!["Feature"] ?? "(no feature id)", choice.Reason));
        }

        var gene = Gene(entry?["SYMBOL"], record);
        var (transcript, hgvsc) = SplitAccession(entry?["HGVSc"]);
        var protein = Protein(entry?["HGVSp"], record, notes);
        var exon = ExonNotation.Parse(entry?["EXON"]);
        var terms = entry?["Consequence"];
        var consequence = session.Harmonizer.Consequence(terms, record.Reference, alternate) ?? session.Harmonizer.Consequence(terms) ?? VariantConsequence.Other;
        return new SmallVariant
        {
            Source = file.At(record.Line),
            Original = Original(record, allele, support, entry),
            Notes = notes,
            Gene = gene,
            Chromosome = record.Chromosome,
            Position = record.Position,
            Reference = record.Reference,
            Alternate = alternate,
            Transcript = transcript ?? entry?["Feature"],
            HgvsC = hgvsc,
            Protein = protein,
            Consequence = consequence,
            Exon = exon.Number,
            ExonCount = exon.Count,
            Intron = ExonNotation.Parse(entry?["INTRON"], "intron").Number,
            Vaf = support.Vaf,
            Depth = support.Depth,
            AltReads = support.AltReads,
            Origin = Origin(record),
            Filter = record.Filter is "." or "" ? null : record.Filter,
        };
    }

    private string? Gene(string? symbol, VcfRecord record)
    {
        if (symbol is null)
        {
            WithoutGene++;
            return null;
        }

        var name = session.Harmonizer.Gene(symbol);
        if (!name.Known)
        {
            unknownGenes.Add(symbol, record.Line, 8);
        }

        return name.Symbol;
    }

    private Domain.Harmonization.ProteinChange? Protein(string? hgvsp, VcfRecord record, List<HarmonizationNote> notes)
    {
        if (hgvsp is null || Domain.Harmonization.ProteinNotation.StatesNoChange(hgvsp))
        {
            return null;
        }

        // The parser removes the ENSP accession and decodes VEP's "%3D", and its note says so.
        var parsed = session.Harmonizer.Protein(hgvsp);
        if (parsed.Change is null)
        {
            builder.Warn(ImportProblem.Warning("unreadable-protein-change", file.Name, record.Line, 8,
                $"Protein change '{hgvsp}' could not be read; the variant is kept without it."));
            return null;
        }

        if (parsed.Note is not null)
        {
            notes.Add(parsed.Note);
        }

        return parsed.Change;
    }

    /// <summary>True when the genotype is fully called ("0/0", "0|1", "0") and none of its alleles is <paramref name="allele"/>.</summary>
    private static bool Lacks(string genotype, int allele)
    {
        var parts = genotype.Split('/', '|');
        return parts.All(p => int.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, out _))
            && !parts.Any(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) == allele);
    }

    private static (string? Accession, string? Change) SplitAccession(string? hgvs)
    {
        var colon = hgvs?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 ? (hgvs![..colon], hgvs[(colon + 1)..]) : (null, hgvs);
    }

    // VarScan's SS: 0 reference, 1 germline, 2 somatic, 3 LOH, 5 unknown (its ##INFO header); LOH is a somatic event.
    private static VariantOrigin Origin(VcfRecord record) => record.InfoValue("SS") switch
    {
        "1" => VariantOrigin.Germline,
        "2" or "3" => VariantOrigin.Somatic,
        "0" or "5" => VariantOrigin.Unknown,
        _ => VariantOrigin.Somatic,
    };

    private static string Original(VcfRecord record, int allele, ReadSupport support, VepEntry? entry)
    {
        var alleles = record.Alternates.Count > 1 ? $" (ALT {allele} of {record.Alternates.Count})" : string.Empty;
        var reads = support.From == "no read counts" ? string.Empty : $"; reads from {support.From}";
        var csq = entry is null ? string.Empty : $"; CSQ={entry.Raw}";
        return $"{record.Chromosome}:{record.Position} {record.Reference}>{string.Join(',', record.Alternates)}{alleles}; FILTER={record.Filter}{reads}{csq}";
    }
}
