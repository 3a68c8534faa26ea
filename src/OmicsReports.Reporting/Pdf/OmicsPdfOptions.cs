using System.ComponentModel.DataAnnotations;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Pdf;

public enum PaperSize
{
    A4,

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,
}

/// <summary>Settings of the PDF export, section <c>Omics:Pdf</c> of appsettings.json.</summary>
public sealed class OmicsPdfOptions
{
    public const string Section = "Omics:Pdf";

    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>Debian's Chromium; Playwright drives it, and never downloads its own.</summary>
    [Required]
    public string ChromiumPath { get; set; } = DefaultChromiumPath;

    public PaperSize PaperSize { get; set; } = PaperSize.A4;

    /// <summary>Exports printing at once; each holds one Chromium page (about 60 MB measured). Others wait their turn.</summary>
    [Range(1, 64)]
    public int MaxConcurrentExports { get; set; } = 4;

    /// <summary>Longest an export may take, waiting for a free page included.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    public FontEmbedding Fonts { get; set; } = FontEmbedding.System;

    /// <summary>The laboratory: the PDF's Author until a pathologist signs.</summary>
    [Required]
    public string Organization { get; set; } = "OmicsReports";

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
}
