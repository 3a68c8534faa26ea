using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Ingest.Formats.Bundle;

/// <summary>The per-layer mappings of <see cref="BundleMapper"/>.</summary>
internal sealed partial class BundleMapper
{
    private void Variant(BundleVariant v, string path)
    {
        var ok = Check(v.Gene is not null || (v.Chromosome is not null && v.Position is not null), path, "a variant needs a gene or a chromosome and position.")
            & Check(v.Vaf is null or (>= 0 and <= 1), path + ".vaf", "VAF is a fraction from 0 to 1.")
            & Check(v.Depth is null or >= 0, path + ".depth", "depth cannot be negative.");
        if (!ok)
        {
            return;
        }

        var notes = new List<HarmonizationNote>();
        var protein = session.Harmonizer.Protein(v.HgvsP);
        if (protein.Note is not null)
        {
            notes.Add(protein.Note);
        }

        if (v.HgvsP is not null && protein.Change is null && !ProteinNotation.StatesNoChange(v.HgvsP))
        {
            var (line, column) = locations[path + ".hgvsP"];
            builder.Warn(ImportProblem.Warning("unreadable-protein-change", file.Name, line, column, $"Protein change '{v.HgvsP}' could not be read; the variant is kept without it."));
        }

        var consequence = session.Harmonizer.Consequence(v.Consequence, v.Reference, v.Alternate);
        if (v.Consequence is not null && consequence is null)
        {
            var (line, column) = locations[path + ".consequence"];
            builder.Warn(ImportProblem.Warning("unknown-consequence", file.Name, line, column,
                $"Consequence '{v.Consequence}' is not a Sequence Ontology term or MAF classification OmicsReports knows; recorded as 'other'."));
        }

        builder.AddVariant(new SmallVariant
        {
            Source = At(path), Original = $"{v.Gene} {v.HgvsC} {v.HgvsP}".Trim(), Notes = notes,
            Gene = v.Gene is null ? null : Gene(v.Gene, path + ".gene", notes),
            Chromosome = v.Chromosome, Position = v.Position, Reference = v.Reference, Alternate = v.Alternate,
            Transcript = v.Transcript, HgvsC = v.HgvsC, Protein = protein.Change,
            Consequence = consequence ?? VariantConsequence.Other, Exon = v.Exon,
            Vaf = v.Vaf, Depth = v.Depth, AltReads = v.AltReads, Origin = v.Origin, Filter = v.Filter,
        });
    }

    private void CopyNumber(BundleCopyNumber c, string path)
    {
        var notes = new List<HarmonizationNote>();
        builder.AddCopyNumber(new CopyNumberAlteration
        {
            Source = At(path), Original = $"{c.Gene} {c.Call}", Notes = notes, Gene = Gene(c.Gene, path + ".gene", notes),
            Call = c.Call, Log2Ratio = c.Log2Ratio, CopyNumber = c.CopyNumber, LossOfHeterozygosity = c.LossOfHeterozygosity,
        });
    }

    private void Segment(BundleSegment s, string path)
    {
        if (Check(s.Start <= s.End, path + ".end", "a segment ends after it starts."))
        {
            builder.AddSegment(new CopyNumberSegment
            {
                Source = At(path), Original = $"{s.Chromosome}:{s.Start}-{s.End}", Chromosome = s.Chromosome, Start = s.Start,
                End = s.End, Log2Ratio = s.Log2Ratio, MajorCopies = s.MajorCopies, MinorCopies = s.MinorCopies, Genes = s.Genes,
            });
        }
    }

    private void StructuralVariant(BundleStructuralVariant s, string path)
    {
        var notes = new List<HarmonizationNote>();
        builder.AddStructuralVariant(new StructuralVariant
        {
            Source = At(path), Original = $"{s.GeneA}::{s.GeneB}", Notes = notes, Kind = s.Kind,
            GeneA = Gene(s.GeneA, path + ".geneA", notes), GeneB = s.GeneB is null ? null : Gene(s.GeneB, path + ".geneB", notes),
            OrderIsFivePrimeToThreePrime = s.FivePrimeFirst, ExonA = s.ExonA, ExonB = s.ExonB, Frame = s.Frame,
            SupportingReads = s.SupportingReads, BreakpointA = s.BreakpointA, BreakpointB = s.BreakpointB,
        });
    }

    private void Expression(BundleExpression e, string path)
    {
        var notes = new List<HarmonizationNote>();
        var gene = Gene(e.Gene, path + ".gene", notes);
        builder.Coverage.Measured(Layer.Expression, gene);
        builder.AddExpression(new ExpressionValue
        {
            Source = At(path), Original = $"{e.Gene} {e.Value} {e.Unit}".Trim(), Notes = notes, Gene = gene,
            Value = e.Value, Unit = e.Unit, ZScore = e.ZScore, ZScoreReference = e.ZScoreReference,
        });
    }

    private void Protein(BundleProtein p, string path)
    {
        var original = $"{p.Marker} {p.AntibodyClone} {p.ScoringSystem} {p.Value}{p.Category}".Trim();
        if (session.Harmonizer.IhcMarker(p.Marker) is not null)
        {
            ScoredProtein(p, path, original);
            return;
        }

        var marker = new ProteinMarker
        {
            Source = At(path), Original = original, Marker = p.Marker,
            AntibodyClone = p.AntibodyClone, ScoringSystem = p.ScoringSystem, Value = p.Value, Category = p.Category, Ish = p.Ish,
        };

        // "ultralow", "0 (null)" and ">0 <1+" carry no 0-3 digit the HER2 rules could read; the vocabulary gives them one.
        if (p.Marker is "HER2" or "ERBB2" && p.Category is { } category && session.Harmonizer.Her2(category) is { Score: 0 } zero)
        {
            marker = marker with { Value = 0, Category = zero.Category, Notes = zero.Note is null ? [] : [zero.Note] };
        }

        builder.AddProtein(marker);
    }

    private void Pharmacogenomic(BundlePharmacogenomic p, string path)
    {
        var notes = new List<HarmonizationNote>();
        builder.AddPharmacogenomics(new PharmacogenomicResult
        {
            Source = At(path), Original = $"{p.Gene} {p.Diplotype}", Notes = notes, Gene = Gene(p.Gene, path + ".gene", notes),
            Diplotype = p.Diplotype, Phenotype = p.Phenotype, ActivityScore = p.ActivityScore,
        });
    }

    private void Tmb(BundleTmb? tmb)
    {
        if (tmb is null || !Check(tmb.Value >= 0, "$.tmb.value", "TMB cannot be negative."))
        {
            return;
        }

        var value = tmb.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reading = session.Harmonizer.Tmb(value, tmb.Unit);
        if (Check(reading is not null, "$.tmb.unit", $"'{tmb.Unit}' is not a per-megabase unit; give TMB in mut/Mb."))
        {
            builder.SetTmb(reading!.ToFinding(At("$.tmb"), $"{value} {tmb.Unit}"));
        }
    }

    private void Msi(BundleMsi? msi)
    {
        if (msi is null)
        {
            return;
        }

        var reading = session.Harmonizer.Msi(msi.Status);
        if (Check(reading is not null, "$.msi.status", $"'{msi.Status}' is not an MSI status (MSI-H, MSI-L, MSS, indeterminate...)."))
        {
            builder.SetMsi(reading!.ToFinding(At("$.msi"), $"{msi.Status} {msi.Score}".Trim(), msi.Score, msi.Method));
        }
    }
}
