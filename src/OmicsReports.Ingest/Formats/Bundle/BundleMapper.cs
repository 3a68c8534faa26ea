using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Bundle;

/// <summary>Checks a deserialized bundle's values and turns it into harmonized findings of one case.</summary>
internal sealed partial class BundleMapper(InputFile file, ImportSession session, JsonLocations locations)
{
    private CaseBuilder builder = null!;

    public void Apply(BundleDocument bundle)
    {
        var patient = bundle.Patient;
        if (!Check(patient.BirthDate is null || patient.BirthDate <= DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)), "$.patient.birthDate",
            "the birth date is in the future."))
        {
            return;
        }

        var claim = new PatientClaim(patient.Id, patient.Mrn, patient.FamilyName, patient.GivenName, patient.BirthDate);
        if (session.Options.Wants(bundle.Specimen.SampleId) && !session.ClaimPatient(bundle.Specimen.SampleId, claim, At("$.patient")))
        {
            return;
        }

        session.Samples.UpdatePatient(patient.Id, _ => new Patient
        {
            Id = patient.Id, Mrn = patient.Mrn, FamilyName = patient.FamilyName, GivenName = patient.GivenName,
            BirthDate = patient.BirthDate, Sex = patient.Sex, Age = patient.Age,
        });
        if (session.DeclareSample(bundle.Specimen.SampleId, patient.Id) is not { } target)
        {
            return;
        }

        builder = target;
        var specimen = bundle.Specimen;
        Check(specimen.TumorPurity is null or (>= 0 and <= 1), "$.specimen.tumorPurity", "tumour purity is a fraction from 0 to 1.");
        builder.Specimen = builder.Specimen with
        {
            SampleType = specimen.SampleType, CollectedOn = specimen.CollectedOn,
            TumorPurity = specimen.TumorPurity, MeanCoverage = specimen.MeanCoverage,
        };
        TumorType(bundle.TumorType);
        Profiling(bundle.Profiling);
        Each(bundle.Variants, "variants", Variant);
        Each(bundle.CopyNumbers, "copyNumbers", CopyNumber);
        Each(bundle.Segments, "segments", Segment);
        Each(bundle.StructuralVariants, "structuralVariants", StructuralVariant);
        Each(bundle.Expression, "expression", Expression);
        Each(bundle.Proteins, "proteins", Protein);
        Each(bundle.Pharmacogenomics, "pharmacogenomics", Pharmacogenomic);
        Tmb(bundle.Tmb);
        Msi(bundle.Msi);
        Hrd(bundle.Hrd);
        Each(bundle.Hla, "hla", Hla);
        PriorTherapies(bundle.PriorTherapies);
    }

    private void PriorTherapies(IReadOnlyList<BundlePriorTherapy>? therapies)
    {
        if (therapies is null)
        {
            return;
        }

        var read = new List<PriorTherapy>();
        for (var i = 0; i < therapies.Count; i++)
        {
            var path = $"$.priorTherapies[{i}]";
            var therapy = therapies[i];
            if (Check(!string.IsNullOrWhiteSpace(therapy.Drug), path + ".drug", "give the drug's generic name.")
                && Check(therapy.StartedOn is null || therapy.EndedOn is null || therapy.StartedOn <= therapy.EndedOn, path, "a therapy cannot end before it starts."))
            {
                read.Add(new PriorTherapy
                {
                    Drug = CaseBuilder.DrugName(therapy.Drug), StartedOn = therapy.StartedOn, EndedOn = therapy.EndedOn, Source = At(path), Original = therapy.Drug,
                });
            }
        }

        builder.AddPriorTherapies(read);
    }

    private void TumorType(BundleTumorType? tumorType)
    {
        if (tumorType is null)
        {
            return;
        }

        var resolution = session.Harmonizer.TumorType(tumorType.Code, tumorType.Name);
        var (line, column) = locations["$.tumorType.code"];
        if (resolution.Warning is not null)
        {
            builder.Warn(ImportProblem.Warning(resolution.Retired ? "retired-code" : "unknown-tumor-type", file.Name, line, column, resolution.Warning));
        }

        if (resolution.TumorType is not null)
        {
            builder.SetTumorType(resolution.TumorType, file.At(line, column));
        }
    }

    private void Profiling(IReadOnlyList<BundleCoverage> coverage)
    {
        for (var i = 0; i < coverage.Count; i++)
        {
            var layer = coverage[i];
            if (!Check(layer.WholeGenome ^ layer.Genes is not null, $"$.profiling[{i}]", "give either 'genes' (a panel) or 'wholeGenome': true."))
            {
                continue;
            }

            var genes = layer.Genes?.Select(g => session.Harmonizer.Gene(g).Symbol).ToHashSet(StringComparer.Ordinal);
            builder.Coverage.Declare(layer.Layer, layer.PanelId, genes);
        }
    }

    private static void Each<T>(IReadOnlyList<T> items, string name, Action<T, string> map)
    {
        for (var i = 0; i < items.Count; i++)
        {
            map(items[i], $"$.{name}[{i}]");
        }
    }

    /// <summary>Records a schema error at <paramref name="path"/> unless <paramref name="ok"/>.</summary>
    private bool Check(bool ok, string path, string message)
    {
        if (!ok)
        {
            var (line, column) = locations[path];
            session.Error("schema", file, line, column, $"{path}: {message}");
        }

        return ok;
    }

    private SourceLocation At(string path)
    {
        var (line, column) = locations[path];
        return file.At(line, column);
    }

    private string Gene(string symbol, string path, List<HarmonizationNote> notes)
    {
        var name = session.Harmonizer.Gene(symbol);
        if (name.Note is not null)
        {
            notes.Add(name.Note);
        }

        if (!name.Known)
        {
            var (line, column) = locations[path];
            builder.Warn(ImportProblem.Warning("unknown-gene", file.Name, line, column,
                session.Harmonizer.UnknownGeneMessage(symbol)));
        }

        return name.Symbol;
    }
}
