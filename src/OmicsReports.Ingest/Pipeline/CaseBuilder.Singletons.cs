using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>Values a case holds once: the first wins, a different later value is a conflicting duplicate.</summary>
public sealed partial class CaseBuilder
{
    public void SetTumorType(TumorType tumorType, SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(tumorType);
        if (TumorType is null)
        {
            (TumorType, tumorTypeSource) = (tumorType, source);
        }
        else if (TumorType.Code != tumorType.Code)
        {
            Conflict(source, "tumour type", TumorType.Code, tumorTypeSource!, tumorType.Code);
        }
    }

    /// <summary>Replaces the tumour type (for <c>--tumor-type</c>), warning when a file said otherwise.</summary>
    public void OverrideTumorType(TumorType tumorType, string because)
    {
        if (TumorType is { } existing && existing.Code != tumorType.Code)
        {
            Warn(ImportProblem.Warning("tumor-type-overridden", tumorTypeSource!.File, tumorTypeSource.Line, tumorTypeSource.Column,
                $"Sample {SampleId}: tumour type {existing.Code} from the file was replaced by {tumorType.Code} ({because})."));
        }

        TumorType = tumorType;
    }

    public void SetTmb(TumorMutationalBurden tmb)
    {
        ArgumentNullException.ThrowIfNull(tmb);
        if (Tmb is null)
        {
            Tmb = tmb;
        }
        else if (Math.Abs(Tmb.MutationsPerMegabase - tmb.MutationsPerMegabase) > 1e-9)
        {
            Conflict(tmb.Source, "TMB", $"{Tmb.MutationsPerMegabase} mut/Mb", Tmb.Source, $"{tmb.MutationsPerMegabase} mut/Mb");
        }
    }

    public void SetMsi(MicrosatelliteInstability msi)
    {
        ArgumentNullException.ThrowIfNull(msi);
        if (Msi is null)
        {
            Msi = msi;
        }
        else if (Msi.Status != msi.Status || Msi.Score != msi.Score)
        {
            Conflict(msi.Source, "MSI", $"{Msi.Status} {Msi.Score}".Trim(), Msi.Source, $"{msi.Status} {msi.Score}".Trim());
        }
    }
}
