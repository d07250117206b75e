using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtkSite.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FormSubmissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FormFiles",
                columns: table => new
                {
                    FileId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(127)", maxLength: 127, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormFiles", x => x.FileId);
                });

            migrationBuilder.CreateTable(
                name: "FormReferenceCounters",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormReferenceCounters", x => new { x.Prefix, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "FormSubmissions",
                columns: table => new
                {
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReceiptTokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormSubmissions", x => x.ContentItemId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FormFiles_ContentItemId_CreatedUtc",
                table: "FormFiles",
                columns: new[] { "ContentItemId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FormSubmissions_ContentType_SubmittedUtc",
                table: "FormSubmissions",
                columns: new[] { "ContentType", "SubmittedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FormSubmissions_ReceiptTokenHash",
                table: "FormSubmissions",
                column: "ReceiptTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FormSubmissions_Reference",
                table: "FormSubmissions",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FormFiles");

            migrationBuilder.DropTable(
                name: "FormReferenceCounters");

            migrationBuilder.DropTable(
                name: "FormSubmissions");
        }
    }
}
