using Microsoft.EntityFrameworkCore.Migrations;

namespace OmicsReports.Data.PostgreSQL.Migrations;

/// <summary>
/// Database-level immutability of report versions on PostgreSQL, the twin of <see cref="Reports.SignedReportGuard"/>:
/// a signed (or amended) version can be neither updated nor deleted, no version's snapshots can be rewritten, and
/// the table cannot be truncated. Hand-written SQL meets the same refusal as the application.
/// </summary>
internal static class SignedReportTriggers
{
    public static void Create(MigrationBuilder migration)
    {
        migration.Sql("""
            CREATE OR REPLACE FUNCTION omics_guard_report_version() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF OLD."Status" IN ('signed', 'amended') THEN
                    RAISE EXCEPTION 'report version % is signed and immutable', OLD."Id"
                        USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                IF TG_OP = 'DELETE' THEN
                    RETURN OLD;
                END IF;
                IF NEW."CaseId" IS DISTINCT FROM OLD."CaseId" OR NEW."Version" IS DISTINCT FROM OLD."Version"
                    OR NEW."CaseJson" IS DISTINCT FROM OLD."CaseJson" OR NEW."ReportJson" IS DISTINCT FROM OLD."ReportJson"
                    OR NEW."InputSha256" IS DISTINCT FROM OLD."InputSha256"
                    OR NEW."KnowledgeBaseVersion" IS DISTINCT FROM OLD."KnowledgeBaseVersion"
                    OR NEW."KnowledgeBaseSha256" IS DISTINCT FROM OLD."KnowledgeBaseSha256"
                    OR NEW."CreatedAt" IS DISTINCT FROM OLD."CreatedAt" OR NEW."CreatedBy" IS DISTINCT FROM OLD."CreatedBy"
                    OR NEW."Origin" IS DISTINCT FROM OLD."Origin" OR NEW."AmendsVersion" IS DISTINCT FROM OLD."AmendsVersion"
                    OR NEW."AmendmentReason" IS DISTINCT FROM OLD."AmendmentReason" THEN
                    RAISE EXCEPTION 'the snapshots of report version % are immutable', OLD."Id"
                        USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NEW;
            END $$;
            """);
        migration.Sql("""
            CREATE TRIGGER report_versions_immutable BEFORE UPDATE OR DELETE ON report_versions
                FOR EACH ROW EXECUTE FUNCTION omics_guard_report_version();
            CREATE TRIGGER report_versions_no_truncate BEFORE TRUNCATE ON report_versions
                FOR EACH STATEMENT EXECUTE FUNCTION omics_reject_change();
            """);
    }

    public static void Drop(MigrationBuilder migration)
    {
        migration.Sql("""
            DROP TRIGGER IF EXISTS report_versions_immutable ON report_versions;
            DROP TRIGGER IF EXISTS report_versions_no_truncate ON report_versions;
            DROP FUNCTION IF EXISTS omics_guard_report_version();
            """);
    }
}
