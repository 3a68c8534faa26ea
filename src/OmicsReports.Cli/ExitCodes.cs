namespace OmicsReports.Cli;

/// <summary>The command line's exit codes; scripts and other tools rely on them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Any failure that is not the input's fault: database unreachable, disk full, a bug.</summary>
    public const int Failure = 1;

    /// <summary>The input was wrong; a located message is on standard error.</summary>
    public const int BadInput = 2;

    /// <summary>A check of stored records failed: the audit chain is broken, or a copy does not match its source.</summary>
    public const int IntegrityFailure = 3;
}
