using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using OmicsReports.Data.Identity;

namespace OmicsReports.Web.Features.Account;

/// <summary>
/// Two-factor sign-in of the signed-in account: opening the page only reads; setting up starts with a button; turning
/// it off needs the password. The work is done by <see cref="AccountSecurity"/>.
/// </summary>
public sealed partial class TwoFactor
{
    private OmicsUser user = default!;
    private TwoFactorState state = new(false, null, null, true);
    private string? message;
    private bool messageIsError;
    private IEnumerable<string>? recoveryCodes;

    [Inject]
    private AccountSecurity Security { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "enable-2fa")]
    private EnableInput Input { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "disable-2fa")]
    private DisableInput Disable { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        Disable ??= new();
        user = await Security.UserAsync(HttpContext.User);
        state = await Security.TwoFactorAsync(user);
    }

    private async Task StartAsync() => state = await Security.StartEnrolmentAsync(user);

    private async Task EnableAsync()
    {
        var change = await Security.EnableTwoFactorAsync(user, Input.Code, HttpContext);
        (message, messageIsError, recoveryCodes) = (change.Message, !change.Succeeded, change.RecoveryCodes);
        state = await Security.TwoFactorAsync(user);
    }

    private async Task DisableAsync()
    {
        var change = await Security.DisableTwoFactorAsync(user, Disable.Password, HttpContext);
        (message, messageIsError) = (change.Message, !change.Succeeded);
        state = await Security.TwoFactorAsync(user);
    }

    private static string FormatKey(string? key) => key is null
        ? string.Empty
        : string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4))))).ToLowerInvariant();

    private sealed class EnableInput
    {
        [Required(ErrorMessage = "Enter the code.")]
        [RegularExpression(@"^[0-9 \-]{6,8}$", ErrorMessage = "The code has six digits.")]
        public string Code { get; set; } = string.Empty;
    }

    private sealed class DisableInput
    {
        [Required(ErrorMessage = "Enter your password.")]
        public string Password { get; set; } = string.Empty;
    }
}
