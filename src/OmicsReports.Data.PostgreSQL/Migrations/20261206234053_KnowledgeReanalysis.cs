using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmicsReports.Data.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class KnowledgeReanalysis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "knowledge_releases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RuleCount = table.Column<int>(type: "integer", nullable: false),
                    StandardCount = table.Column<int>(type: "integer", nullable: false),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SeenBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PreviousVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PreviousSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SnapshotJson = table.Column<string>(type: "text", nullable: false),
                    ChangesJson = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_releases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reanalysis_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KnowledgeBaseVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    KnowledgeBaseSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CancelRequested = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Processed = table.Column<int>(type: "integer", nullable: false),
                    Changed = table.Column<int>(type: "integer", nullable: false),
                    NewTierOne = table.Column<int>(type: "integer", nullable: false),
                    SignedCount = table.Column<int>(type: "integer", nullable: false),
                    SignedSha256Before = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SignedSha256After = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reanalysis_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reanalysis_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    Kinds = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    ChangesJson = table.Column<string>(type: "text", nullable: true),
                    ReportJson = table.Column<string>(type: "text", nullable: true),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reanalysis_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reanalysis_cases_reanalysis_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "reanalysis_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_releases_FirstSeenAt",
                table: "knowledge_releases",
                column: "FirstSeenAt");

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_releases_Sha256",
                table: "knowledge_releases",
                column: "Sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reanalysis_cases_RunId_CaseId",
                table: "reanalysis_cases",
                columns: new[] { "RunId", "CaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reanalysis_cases_RunId_Done",
                table: "reanalysis_cases",
                columns: new[] { "RunId", "Done" });

            migrationBuilder.CreateIndex(
                name: "IX_reanalysis_cases_RunId_Kinds",
                table: "reanalysis_cases",
                columns: new[] { "RunId", "Kinds" });

            migrationBuilder.CreateIndex(
                name: "IX_reanalysis_cases_VersionId",
                table: "reanalysis_cases",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_reanalysis_runs_CreatedAt",
                table: "reanalysis_runs",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "knowledge_releases");

            migrationBuilder.DropTable(
                name: "reanalysis_cases");

            migrationBuilder.DropTable(
                name: "reanalysis_runs");
        }
    }
}
