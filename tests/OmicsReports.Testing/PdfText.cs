using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit;

namespace OmicsReports.Testing;

/// <summary>The text of a PDF as <c>pdftotext</c> (Debian poppler-utils) extracts it: what an EHR indexer would read.</summary>
public static partial class PdfText
{
    /// <summary>The whole document's text with every run of white space made one space.</summary>
    public static async Task<string> OfFileAsync(string path)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-enc", "UTF-8", path, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start; install poppler-utils.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0 && errors.Length == 0, $"pdftotext failed on {Path.GetFileName(path)} ({process.ExitCode}): {errors}");
        return WhiteSpace().Replace(await output, " ");
    }

    public static async Task<string> OfBytesAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"omics-pdftext-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            return await OfFileAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
