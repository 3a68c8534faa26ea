using Microsoft.Playwright;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>
/// Signs a page in through the real sign-in form, as a person would, and waits until it has left the form: until the
/// page after the sign-in has been committed (its answer, with the session cookie, has arrived), not until it has
/// fired <c>load</c>. Callers go on to another page or wait for what they look at themselves; on a loaded machine the
/// landing page's <c>load</c> can take longer than the default 30 s, which once failed a test that never looked at it.
/// </summary>
internal static class FormSignIn
{
    public static async Task SignInThroughFormAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
    }
}
