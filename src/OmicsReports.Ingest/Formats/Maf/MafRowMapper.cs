using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Ingest.Harmonizing;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Maf;

/// <summary>
/// Turns one MAF row into a harmonized <see cref="SmallVariant"/>, with notes and warnings. It never touches the case:
/// what belongs to the sample goes into <see cref="MafRowNotes"/>, so rows can be parsed on another thread.
/// </summary>
internal sealed class MafRowMapper(TabularReader table, MafColumns columns, Harmonizer harmonizer)
{
    private readonly StringPool pool = new();

    private readonly int[] describe = [.. new[]
    {
        columns.Gene, columns.Chromosome, columns.Start, columns.Reference, columns.Allele2, columns.Classification,
        columns.HgvsC,
    }.Concat(columns.Protein).Concat([columns.Exon, columns.Depth]).Concat(columns.AltCount).Where(c => c >= 0).Distinct()];

    public SmallVariant? Map(TabularRow row, MafRowNotes notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        List<HarmonizationNote>? harmonization = null;
        var entrez = table.LongNumber(row, columns.Entrez);
        var position = table.LongNumber(row, columns.Start);
        var depth = table.WholeNumber(row, columns.Depth);
        var refCount = FirstWholeNumber(row, columns.RefCount);
        var altCount = FirstWholeNumber(row, columns.AltCount);
        _ = table.Chromosome(row, columns.Chromosome, required: false); // checked here to name the column; stored as written
        if (row.Invalid)
        {
            return null;
        }

        var gene = Gene(row, entrez, ref harmonization, notes);
        var protein = Protein(row, ref harmonization, notes);
        var exon = ExonNotation.Parse(row.Value(columns.Exon));
        var intron = ExonNotation.Parse(row.Value(columns.Intron), "intron");
        AddNote(ref harmonization, exon.Note);
        AddNote(ref harmonization, intron.Note);
        var reference = pool.Get(row.Span(columns.Reference));
        if (pool.Get(row.Span(columns.Build)) is { } build)
        {
            notes.NoteGenomeBuild(build, table.File.At(row.Line, columns.Build + 1));
        }

        var alternate = Alternate(row, reference);
        var hgvsc = row.Value(columns.HgvsC);
        // t_depth of 0 next to a called variant means "not recorded" (as in cBioPortal's test MAF), not zero reads.
        var totalDepth = depth is > 0 ? depth : refCount + altCount;
        return new SmallVariant
        {
            Source = table.File.At(row.Line),
            Original = row.Describe(table.Header, describe),
            Notes = harmonization ?? (IReadOnlyList<HarmonizationNote>)[],
            Gene = gene,
            Chromosome = pool.Get(row.Span(columns.Chromosome)),
            Position = position,
            Reference = reference,
            Alternate = alternate,
            // The accession in front of HGVSc ("NM_000245.4:c.3028+1G>T") is the one the c. notation is numbered on.
            Transcript = TranscriptOf(hgvsc) ?? row.Value(columns.Transcript),
            HgvsC = StripTranscript(hgvsc),
            Protein = protein,
            Consequence = Consequence(row, notes, reference, alternate),
            Exon = exon.Number,
            ExonCount = exon.Count,
            Intron = intron.Number,
            Depth = totalDepth,
            AltReads = altCount,
            Vaf = altCount is { } alt && totalDepth is { } total && total > 0 ? Math.Round((double)alt / total, 4) : null,
            Origin = Origin(row.Value(columns.Status)),
            Filter = pool.Get(row.Span(columns.Filter)),
        };
    }

    private string? Gene(TabularRow row, long? entrez, ref List<HarmonizationNote>? harmonization, MafRowNotes notes)
    {
        var symbol = pool.Get(row.Span(columns.Gene));
        // MAF writes "Unknown" for variants outside any gene.
        if ((symbol is null || symbol.Equals("Unknown", StringComparison.OrdinalIgnoreCase)) && entrez is null or 0)
        {
            return null;
        }

        var name = harmonizer.Gene(symbol ?? string.Empty, entrez is 0 ? null : entrez);
        AddNote(ref harmonization, name.Note);
        if (!name.Known)
        {
            notes.Warn(ImportProblem.Warning("unknown-gene", table.File.Name, row.Line, columns.Gene + 1,
                harmonizer.UnknownGeneMessage(name.Symbol)));
        }

        return name.Symbol.Length > 0 ? name.Symbol : null;
    }

    private ProteinChange? Protein(TabularRow row, ref List<HarmonizationNote>? harmonization, MafRowNotes notes)
    {
        string? firstText = null;
        int firstColumn = -1;
        foreach (var column in columns.Protein)
        {
            var text = row.Value(column);
            if (text is null)
            {
                continue;
            }

            (firstText, firstColumn) = firstText is null ? (text, column) : (firstText, firstColumn);
            var parsed = harmonizer.Protein(text);
            if (parsed.Change is not null)
            {
                AddNote(ref harmonization, parsed.Note);
                return parsed.Change;
            }
        }

        if (firstText is not null && !ProteinNotation.StatesNoChange(firstText))
        {
            notes.Warn(ImportProblem.Warning("unreadable-protein-change", table.File.Name, row.Line, firstColumn + 1,
                $"Protein change '{firstText}' could not be read; the variant is kept without it."));
        }

        return null;
    }

    private VariantConsequence Consequence(TabularRow row, MafRowNotes notes, string? reference, string? alternate)
    {
        var term = pool.Get(row.Span(columns.Classification));
        if (term is null)
        {
            return VariantConsequence.Other;
        }

        if (harmonizer.Consequence(term, reference, alternate) is { } consequence)
        {
            return consequence;
        }

        notes.Warn(ImportProblem.Warning("unknown-consequence", table.File.Name, row.Line, columns.Classification + 1,
            $"Variant_Classification '{term}' is not a MAF or Sequence Ontology term OmicsReports knows; recorded as 'other'."));
        return VariantConsequence.Other;
    }

    private int? FirstWholeNumber(TabularRow row, int[] candidates)
    {
        foreach (var column in candidates)
        {
            if (table.WholeNumber(row, column) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private string? Alternate(TabularRow row, string? reference)
    {
        var allele2 = pool.Get(row.Span(columns.Allele2));
        var allele1 = pool.Get(row.Span(columns.Allele1));
        return allele2 is not null && allele2 != reference ? allele2 : allele1 != reference ? allele1 : allele2;
    }

    private static string? TranscriptOf(string? hgvsc)
    {
        var colon = hgvsc?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 ? hgvsc![..colon].Trim() : null;
    }

    private static string? StripTranscript(string? hgvsc)
    {
        var colon = hgvsc?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon >= 0 ? hgvsc![(colon + 1)..] : hgvsc;
    }

    private static VariantOrigin Origin(string? status) => status?.ToUpperInvariant() switch
    {
        null or "SOMATIC" or "LOH" => VariantOrigin.Somatic,
        "GERMLINE" => VariantOrigin.Germline,
        _ => VariantOrigin.Unknown,
    };

    private static void AddNote(ref List<HarmonizationNote>? harmonization, HarmonizationNote? note)
    {
        if (note is not null)
        {
            (harmonization ??= new List<HarmonizationNote>(2)).Add(note);
        }
    }
}
