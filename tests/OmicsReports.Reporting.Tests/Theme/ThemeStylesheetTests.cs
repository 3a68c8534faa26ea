using System.Text.RegularExpressions;
using Bunit;
using MudBlazor;
using OmicsReports.Reporting.Tests.Components;
using OmicsReports.Reporting.Theme;

namespace OmicsReports.Reporting.Tests.Theme;

/// <summary>
/// The theme stylesheet served once (<c>/theme.css</c>) must carry exactly what MudThemeProvider wrote into every page,
/// with the colours of tokens.css.
/// </summary>
public sealed partial class ThemeStylesheetTests : MudComponentTests
{
    [Fact]
    public void Shipped_HoldsTheProvidersStyleElements_Unchanged()
    {
        // The provider as pages rendered it before, through bUnit's renderer rather than the stylesheet's own.
        var provider = Render<MudThemeProvider>(p => p.Add(t => t.Theme, OmicsTheme.Shipped));
        var blocks = provider.FindAll("style").Select(s => s.TextContent.Trim()).ToList();

        Assert.NotEmpty(blocks);
        Assert.Equal(string.Join('\n', blocks) + "\n", ThemeStylesheet.Shipped.Css);
    }

    [Theory]
    [InlineData("--mud-palette-primary", "accent")]
    [InlineData("--mud-palette-appbar-background", "accent")]
    [InlineData("--mud-palette-text-primary", "ink")]
    [InlineData("--mud-palette-error", "error")]
    [InlineData("--mud-palette-background-gray", "surface-alt")]
    [InlineData("--mud-palette-drawer-background", "surface-alt")]
    public void Shipped_GivesTheMudVariables_TheTokensColours(string variable, string token)
    {
        var declared = Regex.Match(ThemeStylesheet.Shipped.Css, Regex.Escape(variable) + @"\s*:\s*(?<value>[^;]+);");

        Assert.True(declared.Success, $"{variable} is not declared");
        Assert.Equal(Rgb(DesignTokens.Shipped[token]), Rgb(declared.Groups["value"].Value));
    }

    [Fact]
    public void Version_FollowsTheTheme()
    {
        var other = OmicsTheme.Build(DesignTokens.Parse(TokensWith("accent", "#000080")));

        Assert.Matches("^[0-9a-f]{16}$", ThemeStylesheet.Shipped.Version);
        Assert.Equal(ThemeStylesheet.Shipped.Version, ThemeStylesheet.Render(OmicsTheme.Shipped).Version);
        Assert.NotEqual(ThemeStylesheet.Shipped.Version, ThemeStylesheet.Render(other).Version);
        Assert.EndsWith($"?v={ThemeStylesheet.Shipped.Version}", ThemeStylesheet.Shipped.Href, StringComparison.Ordinal);
    }

    [Fact]
    public void FromProviderHtml_RefusesMarkupAStylesheetCannotCarry()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ThemeStylesheet.FromProviderHtml("<style>:root{--a:1;}</style><div class=\"mud-overlay\"></div>"));

        Assert.Contains("mud-overlay", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A colour as "r,g,b", from the token's hex or MudBlazor's rgba() (always with alpha 1 here).</summary>
    private static string Rgb(string colour)
    {
        colour = colour.Trim();
        if (colour.StartsWith('#'))
        {
            var hex = Convert.FromHexString(colour[1..]);
            return string.Join(',', hex);
        }

        var rgba = Regex.Match(colour, @"^rgba\((?<r>\d+),\s*(?<g>\d+),\s*(?<b>\d+),\s*1\)$");
        Assert.True(rgba.Success, $"not an opaque rgba() colour: {colour}");
        return $"{rgba.Groups["r"].Value},{rgba.Groups["g"].Value},{rgba.Groups["b"].Value}";
    }

    private static string TokensWith(string name, string value)
    {
        var lines = DesignTokens.Shipped.Names.Select(n => $"--omics-{n}: {(n == name ? value : DesignTokens.Shipped[n])};");
        return ":root {\n" + string.Join('\n', lines) + "\n}";
    }
}
