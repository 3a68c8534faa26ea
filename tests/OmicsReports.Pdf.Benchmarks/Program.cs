using OmicsReports.Pdf.Benchmarks;

// Usage:
//   OmicsReports.Pdf.Benchmarks pdf [--warm N] [--concurrent N] [--batch N] [--max-concurrent N] [--fonts System|Inline]
//   OmicsReports.Pdf.Benchmarks pdf-example <page1.png>   (prints the sample report; page 1 as PNG via pdftoppm)
//   OmicsReports.Pdf.Benchmarks draft-mark <png>          (redraws src/OmicsReports.Reporting/Print/draft-mark.png)
return args switch
{
    ["pdf", .. var rest] => await PdfBenchmark.RunAsync(PdfBenchmarkOptions.Parse(rest)),
    ["pdf-example", var png] => await PdfExample.WriteAsync(png),
    ["draft-mark", var png] => await DraftMarkTool.WriteAsync(png),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: OmicsReports.Pdf.Benchmarks pdf [--warm 50] [--concurrent 20] [--batch 38] [--max-concurrent 4] [--fonts System|Inline]");
    Console.Error.WriteLine("       OmicsReports.Pdf.Benchmarks pdf-example docs/pdf-page1.png");
    Console.Error.WriteLine("       OmicsReports.Pdf.Benchmarks draft-mark src/OmicsReports.Reporting/Print/draft-mark.png");
    return 2;
}
