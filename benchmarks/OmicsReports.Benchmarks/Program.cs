using OmicsReports.Benchmarks.Pdf;

// Usage: omics-bench pdf [--warm N] [--concurrent N] [--batch N] [--max-concurrent N] [--fonts System|Inline]
if (args.Length == 0 || args[0] != "pdf")
{
    await Console.Error.WriteLineAsync("usage: OmicsReports.Benchmarks pdf [--warm 50] [--concurrent 20] [--batch 38] [--max-concurrent 4] [--fonts System|Inline]");
    return 2;
}

return await PdfBenchmark.RunAsync(PdfBenchmarkOptions.Parse(args[1..]));
