using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtkSite.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GrantReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GrantReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RequestedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Request = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WhatHappened = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GrantReportLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GrantReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Actual = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ReceiptFileId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ReceiptFileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantReportLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrantReportLines_GrantReports_GrantReportId",
                        column: x => x.GrantReportId,
                        principalTable: "GrantReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrantReportLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GrantReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantReportLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrantReportLinks_GrantReports_GrantReportId",
                        column: x => x.GrantReportId,
                        principalTable: "GrantReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GrantReportLines_GrantReportId_Position",
                table: "GrantReportLines",
                columns: new[] { "GrantReportId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantReportLinks_GrantReportId",
                table: "GrantReportLinks",
                column: "GrantReportId");

            migrationBuilder.CreateIndex(
                name: "IX_GrantReportLinks_TokenHash",
                table: "GrantReportLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GrantReports_ContentItemId_RequestedUtc",
                table: "GrantReports",
                columns: new[] { "ContentItemId", "RequestedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantReports_RequestId",
                table: "GrantReports",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GrantReports_SubmittedUtc_DueDate",
                table: "GrantReports",
                columns: new[] { "SubmittedUtc", "DueDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GrantReportLines");

            migrationBuilder.DropTable(
                name: "GrantReportLinks");

            migrationBuilder.DropTable(
                name: "GrantReports");
        }
    }
}
