using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OmicsReports.Data.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class AddTumorBoards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "board_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BoardName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ScheduledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PresenterUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PresenterName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DeIdentified = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_board_meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "board_agenda_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    CaseNumber = table.Column<int>(type: "integer", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Question = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_board_agenda_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_board_agenda_items_board_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "board_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_board_agenda_items_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_board_agenda_items_report_versions_ReportVersionId",
                        column: x => x.ReportVersionId,
                        principalTable: "report_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "board_attendees",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Invited = table.Column<bool>(type: "boolean", nullable: false),
                    FirstJoinedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_board_attendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_board_attendees_board_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "board_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "board_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportVersion = table.Column<int>(type: "integer", nullable: false),
                    ImplicationIndex = table.Column<int>(type: "integer", nullable: true),
                    TherapyBiomarker = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Therapy = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    TherapyTier = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    FreeTextRecommendation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ClinicalTrialReferral = table.Column<bool>(type: "boolean", nullable: false),
                    TrialDetails = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    GeneticCounsellingReferral = table.Column<bool>(type: "boolean", nullable: false),
                    Rebiopsy = table.Column<bool>(type: "boolean", nullable: false),
                    AdditionalTesting = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinalizedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinalizedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Revision = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_board_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_board_decisions_board_agenda_items_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "board_agenda_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_board_decisions_board_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "board_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_board_decisions_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_board_decisions_report_versions_ReportVersionId",
                        column: x => x.ReportVersionId,
                        principalTable: "report_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_board_agenda_items_CaseId",
                table: "board_agenda_items",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_board_agenda_items_MeetingId_CaseNumber",
                table: "board_agenda_items",
                columns: new[] { "MeetingId", "CaseNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_board_agenda_items_MeetingId_Position",
                table: "board_agenda_items",
                columns: new[] { "MeetingId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_board_agenda_items_MeetingId_ReportVersionId",
                table: "board_agenda_items",
                columns: new[] { "MeetingId", "ReportVersionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_board_agenda_items_ReportVersionId",
                table: "board_agenda_items",
                column: "ReportVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_board_attendees_MeetingId_UserId",
                table: "board_attendees",
                columns: new[] { "MeetingId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_board_decisions_AgendaItemId",
                table: "board_decisions",
                column: "AgendaItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_board_decisions_CaseId",
                table: "board_decisions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_board_decisions_MeetingId",
                table: "board_decisions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_board_decisions_ReportVersionId",
                table: "board_decisions",
                column: "ReportVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_board_meetings_ScheduledAt",
                table: "board_meetings",
                column: "ScheduledAt");

            BoardDecisionTriggers.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            BoardDecisionTriggers.Drop(migrationBuilder);

            migrationBuilder.DropTable(
                name: "board_attendees");

            migrationBuilder.DropTable(
                name: "board_decisions");

            migrationBuilder.DropTable(
                name: "board_agenda_items");

            migrationBuilder.DropTable(
                name: "board_meetings");
        }
    }
}
