using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmicsReports.Data.Sqlite.Migrations
{
    /// <summary>
    /// The knowledge releases seen were only ever inserted; from here the database refuses to change or delete them,
    /// as AppendOnlyGuard does in the application. A release's snapshot and diff are what its reports point back to.
    /// No schema change.
    /// </summary>
    public partial class KnowledgeReleasesAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            SqliteTriggers.CreateAppendOnly(migrationBuilder, "knowledge_releases");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SqliteTriggers.DropAppendOnly(migrationBuilder, "knowledge_releases");
        }
    }
}
