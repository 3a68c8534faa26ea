using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OmicsReports.Data.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class AddReportVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Mrn",
                table: "patients",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<string>(
                name: "SourcePatientId",
                table: "patients",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    SampleId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    SampleType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CollectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TumorTypeCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    TumorTypeName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LatestVersion = table.Column<int>(type: "integer", nullable: false),
                    LatestStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TopFinding = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    TopTier = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AmendsVersion = table.Column<int>(type: "integer", nullable: true),
                    AmendmentReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CaseJson = table.Column<string>(type: "text", nullable: false),
                    ReportJson = table.Column<string>(type: "text", nullable: false),
                    InputSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    KnowledgeBaseVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    KnowledgeBaseSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    InterpretiveComment = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    HiddenImplicationsJson = table.Column<string>(type: "text", nullable: false),
                    ReviewStartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewStartedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SignedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SignedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AttestationStatement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Revision = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_versions", x => x.Id);
                    table.CheckConstraint("ck_report_versions_signature", "\"Status\" NOT IN ('signed', 'amended') OR (\"SignedAt\" IS NOT NULL AND \"SignedByName\" IS NOT NULL AND \"AttestationStatement\" IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_report_versions_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_comments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AuthorRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_comments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_comments_report_versions_ReportVersionId",
                        column: x => x.ReportVersionId,
                        principalTable: "report_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_patients_SourcePatientId",
                table: "patients",
                column: "SourcePatientId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_LatestStatus",
                table: "cases",
                column: "LatestStatus");

            migrationBuilder.CreateIndex(
                name: "IX_cases_PatientId_SampleId",
                table: "cases",
                columns: new[] { "PatientId", "SampleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_SampleId",
                table: "cases",
                column: "SampleId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_UpdatedAt",
                table: "cases",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_report_comments_ReportVersionId_At",
                table: "report_comments",
                columns: new[] { "ReportVersionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_report_versions_CaseId_Version",
                table: "report_versions",
                columns: new[] { "CaseId", "Version" },
                unique: true);

            SignedReportTriggers.Create(migrationBuilder);
            AppendOnlyTriggers.Create(migrationBuilder, "report_comments");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AppendOnlyTriggers.Drop(migrationBuilder, "report_comments");
            SignedReportTriggers.Drop(migrationBuilder);

            migrationBuilder.DropTable(
                name: "report_comments");

            migrationBuilder.DropTable(
                name: "report_versions");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropIndex(
                name: "IX_patients_SourcePatientId",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "SourcePatientId",
                table: "patients");

            migrationBuilder.AlterColumn<string>(
                name: "Mrn",
                table: "patients",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);
        }
    }
}
