using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtkSite.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GrantApplicationListNotesAndScreening : Migration
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

            migrationBuilder.AddColumn<long>(
                name: "AmountInOre",
                table: "GrantApplicationIndex",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "ApplicantName",
                table: "GrantApplicationIndex",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "MeetingDate",
                table: "GrantApplicationIndex",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Organisation",
                table: "GrantApplicationIndex",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ProjectTitle",
                table: "GrantApplicationIndex",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "GrantApplicationIndex",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "GrantApplicationIndex",
                type: "TEXT",
                maxLength: 800,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "GrantApplicationNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantApplicationNotes", x => x.Id);
                });

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
                name: "IX_GrantApplicationIndex_AmountInOre_Id",
                table: "GrantApplicationIndex",
                columns: new[] { "AmountInOre", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantApplicationIndex_MeetingDate_SubmittedUtc",
                table: "GrantApplicationIndex",
                columns: new[] { "MeetingDate", "SubmittedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantApplicationIndex_PoolYear_SubmittedUtc",
                table: "GrantApplicationIndex",
                columns: new[] { "PoolYear", "SubmittedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantApplicationIndex_Reference",
                table: "GrantApplicationIndex",
                column: "Reference");

            migrationBuilder.CreateIndex(
                name: "IX_GrantApplicationNotes_ContentItemId_CreatedUtc",
                table: "GrantApplicationNotes",
                columns: new[] { "ContentItemId", "CreatedUtc" });

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
                name: "GrantApplicationNotes");

            migrationBuilder.DropTable(
                name: "GrantInformationRequests");

            migrationBuilder.DropIndex(
                name: "IX_GrantApplicationIndex_AmountInOre_Id",
                table: "GrantApplicationIndex");

            migrationBuilder.DropIndex(
                name: "IX_GrantApplicationIndex_MeetingDate_SubmittedUtc",
                table: "GrantApplicationIndex");

            migrationBuilder.DropIndex(
                name: "IX_GrantApplicationIndex_PoolYear_SubmittedUtc",
                table: "GrantApplicationIndex");

            migrationBuilder.DropIndex(
                name: "IX_GrantApplicationIndex_Reference",
                table: "GrantApplicationIndex");

            migrationBuilder.DropColumn(
                name: "CommentRequired",
                table: "WorkflowTasks");

            migrationBuilder.DropColumn(
                name: "AmountInOre",
                table: "GrantApplicationIndex");

            migrationBuilder.DropColumn(
                name: "ApplicantName",
                table: "GrantApplicationIndex");

            migrationBuilder.DropColumn(
                name: "MeetingDate",
                table: "GrantApplicationIndex");

            migrationBuilder.DropColumn(
                name: "Organisation",
                table: "GrantApplicationIndex");

            migrationBuilder.DropColumn(
                name: "ProjectTitle",
                table: "GrantApplicationIndex");

            migrationBuilder.DropColumn(
                name: "Reference",
                table: "GrantApplicationIndex");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "GrantApplicationIndex");
        }
    }
}
