namespace OmicsReports.Web.Features.Account.SingleSignOn;

/// <summary>The outcome of signing through the identity provider, as the report page is told it and says it.</summary>
public static class ProviderSigning
{
    public const string QueryName = "signing";
    public const string Completed = "signed";
    public const string Refused = "refused";
    public const string NotAttested = "not-attested";
    public const string OtherPerson = "other-person";
    public const string NoAuthTime = "no-auth-time";
    public const string NotFresh = "not-fresh";

    /// <summary>Words for the report page; null for an unknown code (a hand-made link says nothing).</summary>
    public static string? Message(string? outcome) => outcome switch
    {
        Completed => "The report is signed. Your identity provider confirmed it was you.",
        Refused => "The report was not signed: it changed, or is no longer in review. Reload it and check before signing.",
        NotAttested => "The report was not signed: confirm the attestation first.",
        OtherPerson => "The report was not signed: someone else signed in at the identity provider.",
        NoAuthTime => "The report was not signed: the identity provider did not say when you signed in.",
        NotFresh => "The report was not signed: the identity provider did not ask for your credentials again. Try again.",
        _ => null,
    };
}
