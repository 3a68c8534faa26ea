using BenchmarkDotNet.Running;
using OmicsReports.Benchmarks;

// "generate <folder>" writes the synthetic study for a timed `omics report` run (see docs/performance.md);
// anything else goes to BenchmarkDotNet, e.g. "--filter *Maf*".
if (args is ["generate", var folder])
{
    new SyntheticStudy().Write(folder);
    Console.WriteLine($"Wrote the synthetic study to {folder}");
    return 0;
}

if (args is ["time-import", var study])
{
    // One cold import in a fresh process, as `omics report` does it, without writing reports.
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var result = await OmicsReports.Ingest.Pipeline.Importer.CreateDefault(OmicsReports.Ingest.Harmonizing.Harmonizer.PassThrough)
        .ImportAsync([study], new OmicsReports.Ingest.Pipeline.ImportOptions());
    clock.Stop();
    using var process = System.Diagnostics.Process.GetCurrentProcess();
    Console.WriteLine($"Imported {result.Cases.Count} cases ({result.Cases.Sum(c => c.Variants.Count)} variants, errors: {result.Errors.Count}) " +
        $"in {clock.Elapsed.TotalSeconds:0.00} s; peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    clock.Restart();
    long bytes = 0;
    foreach (var c in result.Cases)
    {
        using var sink = new CountingStream();
        System.Text.Json.JsonSerializer.Serialize(sink, c, OmicsReports.Domain.Serialization.OmicsJson.Indented);
        bytes += sink.Length;
    }

    Console.WriteLine($"Serialised {bytes / (1024 * 1024)} MB of indented JSON in {clock.Elapsed.TotalSeconds:0.00} s");
    return result.Succeeded ? 0 : 2;
}

if (args is ["time-maf", var maf])
{
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var session = new OmicsReports.Ingest.Pipeline.ImportSession(new OmicsReports.Ingest.Pipeline.ImportOptions(), OmicsReports.Ingest.Harmonizing.Harmonizer.PassThrough);
    var file = session.Open(maf, "maf")!;
    var scanned = clock.Elapsed.TotalSeconds;
    await OmicsReports.Ingest.Pipeline.Importer.ReadWithAsync(new OmicsReports.Ingest.Formats.Maf.MafReader(), file, session, CancellationToken.None);
    Console.WriteLine($"scan {scanned:0.00} s, total {clock.Elapsed.TotalSeconds:0.00} s");
    return 0;
}

if (args is ["micro"])
{
    var h = OmicsReports.Ingest.Harmonizing.Harmonizer.PassThrough;
    var texts = Enumerable.Range(0, 425_000).Select(i => $"p.A{i % 1500}V").ToArray();
    var clock = System.Diagnostics.Stopwatch.StartNew();
    foreach (var t in texts) { h.Protein(t); }
    Console.WriteLine($"protein {clock.Elapsed.TotalSeconds:0.00}");
    clock.Restart();
    foreach (var t in texts) { h.Consequence("Missense_Mutation"); }
    Console.WriteLine($"consequence {clock.Elapsed.TotalSeconds:0.00}");
    clock.Restart();
    foreach (var t in texts) { OmicsReports.Ingest.Formats.Maf.ExonNotation.Parse("3/20"); }
    Console.WriteLine($"exon {clock.Elapsed.TotalSeconds:0.00}");
    var session = new OmicsReports.Ingest.Pipeline.ImportSession(new OmicsReports.Ingest.Pipeline.ImportOptions(), h);
    var file = session.Open("/tmp/synstudy/data_mutations.txt", "maf")!;
    clock.Restart();
    using (var table = OmicsReports.Ingest.Text.TabularReader.Open(file, session)!)
    {
        var row = new OmicsReports.Ingest.Text.TabularRow();
        long n = 0;
        while (table.Next(row)) { n += row.Count; }
        Console.WriteLine($"tsv {clock.Elapsed.TotalSeconds:0.00} {n}");
        clock.Restart();
    }
    using (var table = OmicsReports.Ingest.Text.TabularReader.Open(file, session)!)
    {
        var row = new OmicsReports.Ingest.Text.TabularRow();
        long n = 0;
        while (table.Next(row)) { n += row.Describe(table.Header, 0, 4, 5, 10, 12, 8, 17, 19, 18, 21, 22, 24).Length; }
        Console.WriteLine($"tsv+describe {clock.Elapsed.TotalSeconds:0.00} {n}");
        clock.Restart();
    }
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticStudy).Assembly).Run(args);
return 0;

/// <summary>Counts bytes and discards them.</summary>
internal sealed class CountingStream : Stream
{
    private long length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position { get => length; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => length += count;

    public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
}
