using Microsoft.Playwright;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>Signs a page in through the real sign-in form, as a person would, and waits until it has left the form.</summary>
internal static class FormSignIn
{
    public static async Task SignInThroughFormAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }
}
