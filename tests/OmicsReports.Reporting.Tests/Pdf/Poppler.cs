using System.Diagnostics;

namespace OmicsReports.Reporting.Tests.Pdf;

/// <summary>Reads PDFs back with poppler-utils (pdfinfo, pdftotext, pdffonts, pdftohtml), as a PDF reader would.</summary>
public static class Poppler
{
    /// <summary>pdfinfo's "Key: value" lines. Fails the test when poppler reports a syntax problem on stderr.</summary>
    public static Dictionary<string, string> Info(string pdf)
    {
        var (output, errors) = Run("pdfinfo", "-enc", "UTF-8", pdf);
        Assert.True(errors.Length == 0, $"pdfinfo complained about {Path.GetFileName(pdf)}: {errors}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim());
    }

    /// <summary>The text of each page, in reading order (pdftotext separates pages with a form feed).</summary>
    public static IReadOnlyList<string> PageTexts(string pdf)
    {
        var (output, _) = Run("pdftotext", "-enc", "UTF-8", pdf, "-");
        var pages = output.Split('\f');
        return pages[^1].Trim().Length == 0 ? pages[..^1] : pages;
    }

    /// <summary>Text with every run of white space made one space, for phrases that a table cell may wrap.</summary>
    public static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    /// <summary>pdffonts rows: name, type, and whether the font is embedded.</summary>
    public static IReadOnlyList<(string Name, string Type, bool Embedded)> Fonts(string pdf)
    {
        var (output, _) = Run("pdffonts", pdf);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).Select(line =>
        {
            // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object id, generation.
            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return (cells[0], string.Join(' ', cells[1..^6]), cells[^5] == "yes");
        }).ToList();
    }

    /// <summary>pdfimages -list rows (colour images only, masks left out): page and PDF object number.</summary>
    public static IReadOnlyList<(int Page, int Object)> Images(string pdf)
    {
        var (output, _) = Run("pdfimages", "-list", pdf);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells[2] == "image")
            .Select(cells => (int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(cells[10], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>The outline (bookmarks) as pdftohtml's XML lists them.</summary>
    public static string OutlineXml(string pdf)
    {
        var (output, _) = Run("pdftohtml", "-xml", "-stdout", "-i", "-q", pdf);
        var start = output.IndexOf("<outline>", StringComparison.Ordinal);
        return start < 0 ? string.Empty : output[start..output.IndexOf("</pdf2xml>", StringComparison.Ordinal)];
    }

    /// <summary>One page rendered by pdftoppm as raw RGB (binary PPM: "P6 width height 255", then the pixels).</summary>
    public static (int Width, int Height, byte[] Rgb) RenderPage(string pdf, int page, int dpi = 40)
    {
        var ppm = Path.ChangeExtension(pdf, $".page{page}");
        Run("pdftoppm", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", $"{page}", "-l", $"{page}", "-singlefile", pdf, ppm);
        var bytes = File.ReadAllBytes(ppm + ".ppm");
        var header = System.Text.Encoding.ASCII.GetString(bytes, 0, 20).Split((char[])[' ', '\n'], 5);
        Assert.Equal("P6", header[0]);
        var (width, height) = (int.Parse(header[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture));
        return (width, height, bytes[^(width * height * 3)..]);
    }

    public static (string Output, string Errors) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start; install poppler-utils.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {errors.Result}");
        return (output.Result, errors.Result.Trim());
    }
}
