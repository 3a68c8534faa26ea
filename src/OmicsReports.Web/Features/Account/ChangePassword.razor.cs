using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;

namespace OmicsReports.Web.Features.Account;

/// <summary>The signed-in account's password; the change ends the account's other sessions (<see cref="AccountSecurity"/>).</summary>
public sealed partial class ChangePassword
{
    private string? message;
    private bool messageIsError;

    [Inject]
    private AccountSecurity Security { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "change-password")]
    private PasswordInput Input { get; set; } = default!;

    protected override void OnInitialized() => Input ??= new();

    private async Task ChangeAsync()
    {
        var user = await Security.UserAsync(HttpContext.User);
        var change = await Security.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword, HttpContext);
        (message, messageIsError) = (change.Message, !change.Succeeded);
        Input = new();
    }

    private sealed class PasswordInput
    {
        [Required(ErrorMessage = "Enter your current password.")]
        public string CurrentPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the new password.")]
        [StringLength(200, MinimumLength = 12, ErrorMessage = "The new password needs 12 characters or more.")]
        public string NewPassword { get; set; } = string.Empty;

        [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords differ.")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
