using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Pipeline;

/// <summary>The reader contract as a new reader sees it: detection, unnamed data, --sample.</summary>
public class ImporterContractTests
{
    /// <summary>A reader for "#pgx" files that name no sample, as a PharmCAT report does not.</summary>
    private sealed class UnnamedPgxReader(Detection detection = Detection.Signature) : IFormatReader
    {
        public string Format => "test-pgx";

        public Detection Detect(FileSniff sniff) => sniff.Lines.Count > 0 && sniff.Lines[0] == "#pgx" ? detection : Detection.No;

        public Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
        {
            session.Unnamed(file).AddPharmacogenomics(new PharmacogenomicResult
            {
                Source = file.At(2), Gene = "CYP2C19", Diplotype = "*2/*2", Phenotype = "Poor Metabolizer",
            });
            return Task.CompletedTask;
        }
    }

    private static Task<ImportResult> RunAsync(IFormatReader extra, ImportOptions options, params string[] paths) =>
        new Importer([extra, .. FormatRegistry.FileReaders()], FormatRegistry.FolderReaders(), Imports.Shipped).ImportAsync(paths, options);

    [Fact]
    public async Task UnnamedData_JoinsTheOnlySampleOfTheImport()
    {
        using var folder = new TempFolder();
        var maf = folder.Write("one.maf", "Hugo_Symbol\tTumor_Sample_Barcode\tHGVSp_Short\nEGFR\tS1\tp.L858R\n");

        var result = await RunAsync(new UnnamedPgxReader(), new ImportOptions(), maf, folder.Write("report.pgx", "#pgx\nCYP2C19\n"));

        var single = Assert.Single(result.Cases);
        Assert.Equal("S1", single.Specimen.SampleId);
        Assert.Equal("*2/*2", Assert.Single(single.Pharmacogenomics).Diplotype);
        Assert.Contains(single.Sources, s => s.Format == "test-pgx");
    }

    [Fact]
    public async Task UnnamedDataAlone_BecomesACaseNamedAfterTheFile()
    {
        using var folder = new TempFolder();

        var result = await RunAsync(new UnnamedPgxReader(), new ImportOptions(), folder.Write("patient7.pgx", "#pgx\n"));

        var single = Assert.Single(result.Cases);
        Assert.Equal("patient7", single.Specimen.SampleId);
        Assert.Contains(single.Warnings, w => w.Code == "sample-named-after-file");
    }

    [Fact]
    public async Task UnnamedDataWithSeveralSamples_NeedsSampleOption()
    {
        using var folder = new TempFolder();
        var clinical = folder.Write("clinical.txt", Fixtures.Clinical);
        var pgx = folder.Write("report.pgx", "#pgx\n");

        var refused = await RunAsync(new UnnamedPgxReader(), new ImportOptions(), clinical, pgx);
        var chosen = await RunAsync(new UnnamedPgxReader(), new ImportOptions { Samples = ["S2"] }, clinical, pgx);

        Assert.Equal("sample-unknown", Assert.Single(refused.Errors).Code);
        Assert.Equal("*2/*2", Assert.Single(Assert.Single(chosen.Cases).Pharmacogenomics).Diplotype);
    }

    [Fact]
    public async Task TwoReadersEquallySure_IsAnAmbiguousFileNotAGuess()
    {
        using var folder = new TempFolder();
        var tie = new Importer([new UnnamedPgxReader(), new UnnamedPgxReader()], [], Imports.Shipped);

        var result = await tie.ImportAsync([folder.Write("x.pgx", "#pgx\n")], new ImportOptions());

        Assert.Equal("ambiguous-format", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task FileNamedExplicitlyThatNoReaderKnows_IsAnError()
    {
        using var folder = new TempFolder();

        var result = await Imports.RunAsync(folder.Write("notes.txt", "just some words\n"));

        Assert.Equal("unrecognised-file", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task RequestedSampleMissingFromTheInputs_IsAnError()
    {
        using var folder = new TempFolder();

        var result = await Imports.RunAsync(new ImportOptions { Samples = ["S9"] }, folder.Write("clinical.txt", Fixtures.Clinical));

        var error = Assert.Single(result.Errors);
        Assert.Equal("sample-not-found", error.Code);
        Assert.Contains("S1, S2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingPath_IsAnError()
    {
        var result = await Imports.RunAsync("/no/such/omics/input");

        Assert.Equal("missing-input", Assert.Single(result.Errors).Code);
    }
}
