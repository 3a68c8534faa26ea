namespace OmicsReports.Data.Audit;

/// <summary>The audited actions. Stored as text; add new names, never rename old ones.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string LockedOut = "locked-out";
    public const string SignOut = "sign-out";
    public const string TwoFactorEnabled = "two-factor-enabled";
    public const string TwoFactorDisabled = "two-factor-disabled";
    public const string UserCreated = "user-created";
    public const string View = "view";
    public const string Import = "import";
    public const string Export = "export";
    public const string Sign = "sign";
    public const string Amend = "amend";
}
