using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LtkSite.Web.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RequestedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Request = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WhatHappened = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GrantReportLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GrantReportId = table.Column<long>(type: "bigint", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Item = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Actual = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Explanation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ReceiptFileId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ReceiptFileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GrantReportId = table.Column<long>(type: "bigint", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
