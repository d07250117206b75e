using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtkSite.Web.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FormDrafts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SealedAnswers = table.Column<string>(type: "TEXT", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
