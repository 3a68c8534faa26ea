using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Clinical;

/// <summary>Applies one clinical row to its sample's case and its patient.</summary>
internal sealed class ClinicalRowMapper(TabularReader table, ClinicalColumns columns, ImportSession session)
{
    private readonly ClinicalBiomarkers biomarkers = new(table, session);

    public void Apply(TabularRow row)
    {
        CheckDeclaredNumbers(row);
        if (row.Invalid)
        {
            return;
        }

        var tmb = table.Number(row, columns.Tmb);
        var msiScore = table.Number(row, columns.MsiScore);
        var purity = table.Number(row, columns.Purity);
        var sampleId = columns.Sample >= 0 ? table.Required(row, columns.Sample) : null;
        var patientId = columns.Patient >= 0 ? table.Required(row, columns.Patient) : null;
        if (row.Invalid)
        {
            return;
        }

        if (tmb is < 0)
        {
            table.Invalid(row, columns.Tmb, "out-of-range", $"TMB_NONSYNONYMOUS {tmb} is impossible: a mutation count per megabase cannot be negative.");
            return;
        }

        if (purity is < 0 or > 100)
        {
            table.Invalid(row, columns.Purity, "out-of-range", $"TUMOR_PURITY {purity} is neither a fraction (0-1) nor a percentage (0-100).");
            return;
        }

        if (sampleId is not null && patientId is not null && session.Options.Wants(sampleId)
            && !session.ClaimPatient(sampleId, new PatientClaim(patientId), table.File.At(row.Line, columns.Patient + 1)))
        {
            return;
        }

        // The oldest documented human lived to 122; an age outside 0-125 years is a damaged or shifted cell.
        if (AgeOf(row) is { } age && age is < 0 or > 125)
        {
            table.Invalid(row, columns.Age, "out-of-range", $"AGE {age} is not a possible age in years (0-125).");
            return;
        }

        ApplyPatient(row, patientId ?? sampleId!);
        if (sampleId is null || session.DeclareSample(sampleId, patientId) is not { } builder)
        {
            return;
        }

        // A purity above 1 is a percentage (TCGA and MSK files use both); the case keeps a fraction.
        builder.Specimen = builder.Specimen with
        {
            SampleType = builder.Specimen.SampleType ?? row.Value(columns.SampleType),
            TumorPurity = builder.Specimen.TumorPurity ?? (purity > 1 ? purity / 100 : purity),
        };
        ApplyTumorType(row, builder);
        // cBioPortal defines TMB_NONSYNONYMOUS as non-synonymous mutations per megabase of sequenced territory.
        if (tmb is not null && session.Harmonizer.Tmb(row.Value(columns.Tmb), BiomarkerVocabulary.TmbUnit) is { } reading)
        {
            builder.SetTmb(reading.ToFinding(table.File.At(row.Line, columns.Tmb + 1), row.Describe(table.Header, columns.Tmb)));
        }

        ApplyMsi(row, builder, msiScore);
        biomarkers.Apply(row, builder);
        ApplyPriorTherapies(row, builder);
    }

    // "none" states a treatment-naive sample; an empty or NA cell says nothing (prior therapies stay unknown).
    private void ApplyPriorTherapies(TabularRow row, CaseBuilder builder)
    {
        if (row.Value(columns.PriorTherapies) is not { } text)
        {
            return;
        }

        var at = table.File.At(row.Line, columns.PriorTherapies + 1);
        var drugs = text.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) ? []
            : text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        builder.AddPriorTherapies(drugs.Select(d => new PriorTherapy { Drug = CaseBuilder.DrugName(d), Source = at, Original = d }));
    }

    private void ApplyPatient(TabularRow row, string patientId)
    {
        var sex = row.Value(columns.Sex);
        var age = AgeOf(row);
        if (sex is null && age is null)
        {
            return;
        }

        session.Samples.UpdatePatient(patientId, p => p with
        {
            Sex = sex is null ? p.Sex : SexOf(sex),
            Age = age ?? p.Age,
        });
    }

    private void ApplyTumorType(TabularRow row, CaseBuilder builder)
    {
        var code = row.Value(columns.OncoTree);
        if (code is null)
        {
            return;
        }

        var name = row.Value(columns.CancerTypeDetailed) ?? row.Value(columns.CancerType);
        var resolution = session.Harmonizer.TumorType(code, name);
        if (resolution.Warning is not null)
        {
            builder.Warn(ImportProblem.Warning(resolution.Retired ? "retired-code" : "unknown-tumor-type", table.File.Name, row.Line, columns.OncoTree + 1,
                $"Sample {builder.SampleId}: {resolution.Warning}"));
        }

        if (resolution.TumorType is { } tumorType)
        {
            builder.SetTumorType(tumorType, table.File.At(row.Line, columns.OncoTree + 1));
        }
    }

    private void ApplyMsi(TabularRow row, CaseBuilder builder, double? score)
    {
        var words = row.Value(columns.MsiType);
        if (words is null && score is null)
        {
            return;
        }

        var reading = session.Harmonizer.Msi(words);
        if (reading is null)
        {
            // Without a status the MSI layer stays not assessed: a score alone is not interpreted here, because its
            // cut-off depends on the method, which the file does not name.
            builder.Warn(ImportProblem.Warning("unknown-msi-status", table.File.Name, row.Line, (words is null ? columns.MsiScore : columns.MsiType) + 1,
                words is null
                    ? $"Sample {builder.SampleId}: MSI_SCORE {score} without MSI_TYPE is not interpreted; MSI counts as not assessed."
                    : $"Sample {builder.SampleId}: MSI_TYPE '{words}' is not an MSI status OmicsReports knows; MSI counts as not assessed."));
            return;
        }

        builder.SetMsi(reading.ToFinding(table.File.At(row.Line, columns.MsiType + 1), row.Describe(table.Header, columns.MsiType, columns.MsiScore), score));
    }

    private double? AgeOf(TabularRow row)
    {
        var span = row.Span(columns.Age);
        if (Cells.IsMissing(span) || IsCensored(span))
        {
            return null; // "<18" and ">89" are de-identification censoring, not ages
        }

        return table.Number(row, columns.Age);
    }

    private void CheckDeclaredNumbers(TabularRow row)
    {
        foreach (var column in columns.DeclaredNumeric)
        {
            if (!IsCensored(row.Span(column)))
            {
                table.Number(row, column);
            }
        }
    }

    private static bool IsCensored(ReadOnlySpan<char> cell) =>
        cell.Length > 1 && (cell[0] == '<' || cell[0] == '>') && Cells.TryDouble(cell[1..], out _);

    private static Sex SexOf(string text) => text.Trim().ToUpperInvariant() switch
    {
        "MALE" or "M" => Sex.Male,
        "FEMALE" or "F" => Sex.Female,
        "UNKNOWN" or "NOT REPORTED" => Sex.Unknown,
        _ => Sex.Other,
    };
}
