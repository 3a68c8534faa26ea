namespace OmicsReports.Ingest.Reference;

internal static class OncoTreeCodes
{
    /// <summary>OncoTree codes are short tokens of letters and digits, some with "/" or "-" (MDS/MPN).</summary>
    public static bool IsWellFormed(string code) =>
        code.Length is > 0 and <= 32 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_');
}
