using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Reporting.Pdf;
using OmicsReports.Reporting.Tests.Pdf;

namespace OmicsReports.Pdf.Benchmarks;

/// <summary>Prints the sample draft report and renders its page 1 with pdftoppm: the picture kept in docs/pdf-page1.png.</summary>
public static class PdfExample
{
    public static async Task<int> WriteAsync(string png)
    {
        await using var services = new ServiceCollection().AddOmicsPdf(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var file = await services.GetRequiredService<PdfExporter>().ExportAsync(SampleReports.Draft());
        var pdf = Path.Combine(Path.GetTempPath(), file.FileName);
        await File.WriteAllBytesAsync(pdf, file.Content);
        var target = Path.GetFullPath(png);
        var start = new ProcessStartInfo("pdftoppm") { ArgumentList = { "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, Path.ChangeExtension(target, null) } };
        using var pdftoppm = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start; install poppler-utils.");
        await pdftoppm.WaitForExitAsync();
        File.Delete(pdf);
        Console.WriteLine(pdftoppm.ExitCode == 0 ? $"wrote {target}" : "pdftoppm failed");
        return pdftoppm.ExitCode;
    }
}
