using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Demo;
using OmicsReports.Data.Identity;
using OmicsReports.Reporting.Pdf;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Reports;

/// <summary>
/// The fault of issue 17: Chromium killed while the app prints a report. The app's own browser is found the way an
/// operator would (its processes descend from the app's process, and carry the PDF printer's instance marker) and
/// killed mid-export; the export is printed again on a new browser, and the next one works. Real Kestrel and Chromium,
/// read back with pdftotext.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PdfBrowserKillTests(OmicsWebFactory app)
{
    [Fact]
    public async Task ReportPdf_ChromiumKilledMidExport_IsPrintedAgain_AndTheNextExportWorks()
    {
        var caseId = await DemoCaseAsync("DEMO-S6-UEC");
        using var client = new SignInClient(app.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(DemoOptions.EmailFor(Roles.Oncologist), OmicsWebFactory.DemoPassword)).StatusCode);
        var exporter = app.Services.GetRequiredService<PdfExporter>();
        await exporter.WarmUpAsync();
        var browsers = PrinterBrowsers();
        Assert.NotEmpty(browsers);

        var export = client.Http.GetAsync(PdfPath(caseId));
        var watch = Stopwatch.StartNew();
        while (exporter.Running == 0 && !export.IsCompleted)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), "the export never started printing");
            await Task.Delay(10);
        }

        await Task.Delay(50);
        Assert.False(export.IsCompleted, "the export finished before the browser could be killed");
        foreach (var pid in browsers)
        {
            using var browser = Process.GetProcessById(pid);
            browser.Kill();
        }

        var response = await export;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Contains("DEMO-S6-UEC", await PdfText.OfBytesAsync(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        var replacements = PrinterBrowsers();
        Assert.NotEmpty(replacements);
        Assert.Empty(replacements.Intersect(browsers));

        var next = await client.Http.GetAsync(PdfPath(caseId));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Contains("DEMO-S6-UEC", await PdfText.OfBytesAsync(await next.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    private static string PdfPath(Guid caseId) => $"/api/cases/{caseId}/reports/1/report.pdf";

    /// <summary>
    /// The PDF printer's browser processes: descendants of this process (the app runs in it; Chromium is a child of
    /// the Playwright driver, a child of the app) whose command line carries the printer's instance marker, so the
    /// browser tests' own Chromium, also a descendant, is left alone.
    /// </summary>
    private static List<int> PrinterBrowsers()
    {
        var parents = new Dictionary<int, int>();
        var commandLines = new Dictionary<int, string>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText($"{folder}/stat");
                parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
                commandLines[pid] = File.ReadAllText($"{folder}/cmdline").Replace('\0', ' ');
            }
            catch (IOException)
            {
                // the process ended while we looked
            }
        }

        bool DescendsFromUs(int pid)
        {
            for (var p = pid; parents.TryGetValue(p, out var parent) && parent > 1; p = parent)
            {
                if (parent == Environment.ProcessId)
                {
                    return true;
                }
            }

            return false;
        }

        return commandLines
            .Where(c => c.Value.Contains("--omics-pdf-instance=", StringComparison.Ordinal) && !c.Value.Contains("--type=", StringComparison.Ordinal))
            .Select(c => c.Key)
            .Where(DescendsFromUs)
            .ToList();
    }

    private async Task<Guid> DemoCaseAsync(string sampleId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        return await db.Cases.Where(c => c.SampleId == sampleId).Select(c => c.Id).SingleAsync();
    }
}
