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
    public const string PasswordChanged = "password-changed";
    public const string RoleChanged = "role-changed";
    public const string SignInRefused = "sign-in-refused";
    public const string UserCreated = "user-created";
    public const string UserUnlocked = "user-unlocked";
    public const string View = "view";
    public const string Import = "import";
    public const string ImportRefused = "import-refused";
    public const string Export = "export";
    public const string ReviewStarted = "review";
    public const string DraftEdited = "edit-draft";
    public const string Comment = "comment";
    public const string Sign = "sign";
    public const string SignFailed = "sign-failed";
    public const string Amend = "amend";
    public const string BoardCreated = "board-created";
    public const string BoardUpdated = "board-updated";
    public const string BoardAgenda = "board-agenda";
    public const string BoardJoined = "board-joined";
    public const string BoardView = "board-view";
    public const string BoardDecision = "board-decision";
    public const string BoardDecisionFinal = "board-decision-final";
    public const string AuditExported = "audit-exported";
    public const string Delivery = "delivery";
    public const string DeliveryDeadLetter = "delivery-dead-letter";
    public const string DeliveryRetry = "delivery-retry";
    public const string ApiClientCreated = "api-client-created";
    public const string ApiToken = "api-token";
    public const string ApiTokenRefused = "api-token-refused";
    public const string ApiCall = "api-call";

    /// <summary>Every action, for the audit page's filter.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        SignIn, SignInFailed, LockedOut, SignOut, TwoFactorEnabled, TwoFactorDisabled, PasswordChanged, RoleChanged, SignInRefused,
        UserCreated, UserUnlocked,
        View, Import, ImportRefused, Export, ReviewStarted, DraftEdited, Comment, Sign, SignFailed, Amend,
        BoardCreated, BoardUpdated, BoardAgenda, BoardJoined, BoardView, BoardDecision, BoardDecisionFinal, AuditExported,
        Delivery, DeliveryDeadLetter, DeliveryRetry,
        ApiClientCreated, ApiToken, ApiTokenRefused, ApiCall,
    ];
}

/// <summary>The kinds of record audit entries point at (<see cref="AuditEntry.TargetType"/>).</summary>
public static class AuditTargets
{
    public const string User = "User";
    public const string Case = "Case";
    public const string ReportVersion = "ReportVersion";
    public const string Upload = "Upload";
    public const string AuditTrail = "AuditTrail";
    public const string BoardMeeting = "BoardMeeting";
    public const string ApiClient = "ApiClient";
}
