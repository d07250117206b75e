using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtkSite.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FormDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DraftId",
                table: "FormFiles",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FormDrafts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SealedAnswers = table.Column<string>(type: "text", nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SavedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormDrafts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FormFiles_DraftId",
                table: "FormFiles",
                column: "DraftId");

            migrationBuilder.CreateIndex(
                name: "IX_FormDrafts_ExpiresUtc",
                table: "FormDrafts",
                column: "ExpiresUtc");

            migrationBuilder.CreateIndex(
                name: "IX_FormDrafts_TokenHash",
                table: "FormDrafts",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FormDrafts");

            migrationBuilder.DropIndex(
                name: "IX_FormFiles_DraftId",
                table: "FormFiles");

            migrationBuilder.DropColumn(
                name: "DraftId",
                table: "FormFiles");
        }
    }
}
