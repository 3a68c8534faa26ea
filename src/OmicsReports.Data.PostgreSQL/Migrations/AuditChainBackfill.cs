using Microsoft.EntityFrameworkCore.Migrations;

namespace OmicsReports.Data.PostgreSQL.Migrations;

/// <summary>
/// Chains the audit entries written before the chain existed, in the order they were written (by id), building the
/// same bytes as <see cref="Audit.AuditChain.HashOf"/>: length-prefixed UTF-8 fields, time as microseconds since 1970.
/// The append-only trigger is set aside for this one update, inside the migration's transaction, by the owner.
/// AuditChainBackfillTests migrates a database with old entries and verifies the result with the C# verifier.
/// </summary>
internal static class AuditChainBackfill
{
    public static void Run(MigrationBuilder migration) => migration.Sql($"""
        ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only;
        DO $$
        DECLARE
            entry record;
            seq bigint := 0;
            previous text := repeat('0', 64);
            content text;
            digest text;
        BEGIN
            FOR entry IN SELECT * FROM audit_entries ORDER BY "Id" LOOP
                seq := seq + 1;
                SELECT string_agg(octet_length(convert_to(field, 'UTF8'))::text || ':' || field, '' ORDER BY n) INTO content
                FROM unnest(ARRAY[
                    '{Audit.AuditChain.FormatTag}', seq::text, previous,
                    ((extract(epoch FROM entry."At") * 1000000)::bigint)::text,
                    entry."UserId", entry."UserName", entry."Action", entry."TargetType", entry."TargetId",
                    entry."RemoteAddress", entry."Detail"]) WITH ORDINALITY AS fields(field, n);
                digest := encode(sha256(convert_to(content, 'UTF8')), 'hex');
                UPDATE audit_entries SET "Sequence" = seq, "PreviousHash" = previous, "Hash" = digest WHERE "Id" = entry."Id";
                previous := digest;
            END LOOP;
        END $$;
        ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only;
        """);
}
