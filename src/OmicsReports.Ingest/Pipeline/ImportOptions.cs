namespace OmicsReports.Ingest.Pipeline;

/// <summary>What the user asked for, as on the command line (<c>omics report</c>) or the upload form.</summary>
public sealed record ImportOptions
{
    /// <summary>
    /// <c>--sample</c>: when given, only these samples become cases (each must be found). With exactly one, data that
    /// name no sample (a PharmCAT report, a fusion list) belong to it, and a VCF picks its tumour column by it.
    /// </summary>
    public IReadOnlyList<string> Samples { get; init; } = [];

    /// <summary><c>--tumor-type</c>: an OncoTree code that applies to every case and overrides the files.</summary>
    public string? TumorType { get; init; }

    /// <summary>
    /// <c>--prior-therapy</c> (repeatable): systemic therapies every case's patient received before the specimen,
    /// added to what the files say; "none" states a treatment-naive patient. Empty: the option was not given.
    /// </summary>
    public IReadOnlyList<string> PriorTherapies { get; init; } = [];

    /// <summary><c>--skip-invalid</c>: import the valid rows and list each skipped row, instead of refusing.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>
    /// <c>--parallelism</c>: how many threads an import and its reports may keep busy; 1 reads, distils and writes
    /// strictly one thing after another. The output is the same either way (a test compares the two byte for byte).
    /// </summary>
    public int Parallelism { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Errors collected before reading stops; enough to fix a file, few enough to read.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>True when <paramref name="sampleId"/> should become a case under <see cref="Samples"/>.</summary>
    public bool Wants(string sampleId) => Samples.Count == 0 || Samples.Contains(sampleId, StringComparer.Ordinal);
}
