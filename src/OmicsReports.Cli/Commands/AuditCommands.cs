using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Storage;

namespace OmicsReports.Cli.Commands;

/// <summary><c>omics audit verify</c>: walks the audit trail's hash chain and names the first break.</summary>
internal static class AuditCommands
{
    public static Command Create()
    {
        var expect = new Option<string?>("--expect")
        {
            Description = "SEQUENCE:HASH of an entry printed by an earlier run; the chain must still reach it unchanged (shows entries removed from the end).",
        };
        var verify = new Command("verify", "Check the audit trail's hash chain: every entry unchanged, none missing, none inserted. " +
                                           "Exit 0 when intact, 3 at the first break (named on standard error).")
        {
            expect,
        };
        verify.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            AuditCheckpoint? checkpoint = null;
            if (parse.GetValue(expect) is { } text && (checkpoint = AuditCheckpoint.Parse(text)) is null)
            {
                await Console.Error.WriteLineAsync($"omics audit verify: --expect must be SEQUENCE:HASH (a number, a colon, 64 hex digits), not '{text}'.");
                return ExitCodes.BadInput;
            }

            using var host = CliHost.BuildDatabaseHost();
            await using var db = host.Services.GetRequiredService<OmicsDatabase>().CreateContext();
            var result = await AuditVerifier.VerifyAsync(db, checkpoint, cancellationToken);
            if (result.FirstBreak is { } broken)
            {
                await Console.Error.WriteLineAsync($"omics: the audit chain is broken: {broken.Problem}");
                await Console.Error.WriteLineAsync($"The {result.Entries} entries before it are intact (last good entry {result.LastSequence}, hash {result.LastHash}).");
                return ExitCodes.IntegrityFailure;
            }

            Console.WriteLine($"The audit chain is intact: {result.Entries} entries.");
            Console.WriteLine($"Checkpoint: {result.LastSequence}:{result.LastHash}");
            Console.WriteLine("Keep the checkpoint outside this database; 'omics audit verify --expect' with it later shows entries removed from the end.");
            return ExitCodes.Success;
        }));

        var audit = new Command("audit", "The audit trail.");
        audit.Subcommands.Add(verify);
        return audit;
    }
}
