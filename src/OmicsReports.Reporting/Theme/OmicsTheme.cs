using MudBlazor;

namespace OmicsReports.Reporting.Theme;

/// <summary>
/// The one MudTheme of the screen, built from the design tokens (tokens.css) that the PDF prints with, so screen and
/// paper share a palette and a type scale. Tier and state colours stay tokens that the badges use directly: a
/// Material palette has no slot for five evidence tiers.
/// </summary>
public static class OmicsTheme
{
    /// <summary>The theme built from the shipped tokens.</summary>
    public static MudTheme Shipped { get; } = Build(DesignTokens.Shipped);

    public static MudTheme Build(DesignTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        string T(string name) => tokens[name];
        var font = tokens.FontFamilies("font").ToArray();
        return new MudTheme
        {
            PaletteLight = new PaletteLight
            {
                Primary = T("accent"),
                Secondary = T("ink-muted"),
                Tertiary = T("pgx"),
                Info = T("accent"),
                Success = T("ok"),
                Warning = T("warning"),
                Error = T("error"),
                Dark = T("ink"),
                TextPrimary = T("ink"),
                TextSecondary = T("ink-muted"),
                ActionDefault = T("ink-muted"),
                Background = T("surface"),
                BackgroundGray = T("surface-alt"),
                Surface = T("surface"),
                AppbarBackground = T("accent"),
                AppbarText = T("surface"),
                DrawerBackground = T("surface-alt"),
                DrawerText = T("ink"),
                DrawerIcon = T("ink-muted"),
                LinesDefault = T("border"),
                LinesInputs = T("ink-muted"),
                TableLines = T("border"),
                Divider = T("border"),
            },
            Typography = new Typography
            {
                Default = new DefaultTypography { FontFamily = font, FontSize = T("text-md"), LineHeight = "1.45" },
                H1 = new H1Typography { FontFamily = font, FontSize = T("text-xl"), FontWeight = "700", LineHeight = "1.25" },
                H2 = new H2Typography { FontFamily = font, FontSize = T("text-lg"), FontWeight = "700", LineHeight = "1.3" },
                H3 = new H3Typography { FontFamily = font, FontSize = T("text-md"), FontWeight = "700", LineHeight = "1.3" },
                H4 = new H4Typography { FontFamily = font, FontSize = T("text-md"), FontWeight = "600", LineHeight = "1.3" },
                H5 = new H5Typography { FontFamily = font, FontSize = T("text-sm"), FontWeight = "600", LineHeight = "1.3" },
                H6 = new H6Typography { FontFamily = font, FontSize = T("text-sm"), FontWeight = "600", LineHeight = "1.3" },
                Subtitle1 = new Subtitle1Typography { FontFamily = font, FontSize = T("text-md"), FontWeight = "600" },
                Subtitle2 = new Subtitle2Typography { FontFamily = font, FontSize = T("text-sm"), FontWeight = "600" },
                Body1 = new Body1Typography { FontFamily = font, FontSize = T("text-md") },
                Body2 = new Body2Typography { FontFamily = font, FontSize = T("text-sm") },
                Button = new ButtonTypography { FontFamily = font, FontSize = T("text-sm"), FontWeight = "600", TextTransform = "none" },
                Caption = new CaptionTypography { FontFamily = font, FontSize = T("text-xs") },
                Overline = new OverlineTypography { FontFamily = font, FontSize = T("text-xs"), FontWeight = "600" },
            },
            LayoutProperties = new LayoutProperties
            {
                DefaultBorderRadius = T("radius"),
                // A narrower navigation leaves the report its width at 1366 px.
                DrawerWidthLeft = "13rem",
                AppbarHeight = "3.5rem",
            },
        };
    }
}
