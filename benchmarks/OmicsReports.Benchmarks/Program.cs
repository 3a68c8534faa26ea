using OmicsReports.Benchmarks.Pdf;

// Usage:
//   OmicsReports.Benchmarks pdf [--warm N] [--concurrent N] [--batch N] [--max-concurrent N] [--fonts System|Inline]
//   OmicsReports.Benchmarks pdf-example <page1.png>   (prints the sample report; page 1 as PNG via pdftoppm)
return args switch
{
    ["pdf", .. var rest] => await PdfBenchmark.RunAsync(PdfBenchmarkOptions.Parse(rest)),
    ["pdf-example", var png] => await PdfExample.WriteAsync(png),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: OmicsReports.Benchmarks pdf [--warm 50] [--concurrent 20] [--batch 38] [--max-concurrent 4] [--fonts System|Inline]");
    Console.Error.WriteLine("       OmicsReports.Benchmarks pdf-example docs/pdf-page1.png");
    return 2;
}
