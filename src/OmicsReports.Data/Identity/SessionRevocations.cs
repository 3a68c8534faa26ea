namespace OmicsReports.Data.Identity;

/// <summary>
/// Tells the open screens (Blazor circuits) of this app instance that an account's sessions just ended, so they close
/// at once instead of at their next periodic check. Requests need no telling: every request compares the cookie's
/// security stamp with the account's. Holds no state; other instances rely on their periodic check.
/// </summary>
public sealed class SessionRevocations
{
    /// <summary>Raised with the account id after its security stamp changed.</summary>
    public event Action<string>? Ended;

    public void Notify(string userId) => Ended?.Invoke(userId);
}
