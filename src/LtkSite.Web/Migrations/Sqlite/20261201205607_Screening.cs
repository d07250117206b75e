using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtkSite.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Screening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CommentRequired",
                table: "WorkflowTasks",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "GrantInformationRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AskedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantInformationRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GrantInformationRequests_ContentItemId_AnsweredUtc",
                table: "GrantInformationRequests",
                columns: new[] { "ContentItemId", "AnsweredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantInformationRequests_RequestId",
                table: "GrantInformationRequests",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_GrantInformationRequests_TokenHash",
                table: "GrantInformationRequests",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GrantInformationRequests");

            migrationBuilder.DropColumn(
                name: "CommentRequired",
                table: "WorkflowTasks");
        }
    }
}
