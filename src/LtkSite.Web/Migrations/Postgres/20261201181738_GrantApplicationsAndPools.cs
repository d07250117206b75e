using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LtkSite.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GrantApplicationsAndPools : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GrantApplicationIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ApplicantKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AmountAppliedFor = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    TotalBudget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PoolYear = table.Column<int>(type: "integer", nullable: false),
                    ExpectedMeetingDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LowerPriority = table.Column<bool>(type: "boolean", nullable: false),
                    StartsBeforeMeeting = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantApplicationIndex", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GrantPools",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    PriceLevelYear = table.Column<int>(type: "integer", nullable: false),
                    IndexFactor = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    ShowRemainingOnPage = table.Column<bool>(type: "boolean", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantPools", x => x.Year);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GrantApplicationIndex_ApplicantKind_SubmittedUtc",
                table: "GrantApplicationIndex",
                columns: new[] { "ApplicantKind", "SubmittedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantApplicationIndex_ContentItemId",
                table: "GrantApplicationIndex",
                column: "ContentItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GrantApplicationIndex_ExpectedMeetingDate_Status",
                table: "GrantApplicationIndex",
                columns: new[] { "ExpectedMeetingDate", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantApplicationIndex_PoolYear_AmountAppliedFor",
                table: "GrantApplicationIndex",
                columns: new[] { "PoolYear", "AmountAppliedFor" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantApplicationIndex_Status_SubmittedUtc",
                table: "GrantApplicationIndex",
                columns: new[] { "Status", "SubmittedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantApplicationIndex_SubmittedUtc_Status_ApplicantKind_Low~",
                table: "GrantApplicationIndex",
                columns: new[] { "SubmittedUtc", "Status", "ApplicantKind", "LowerPriority" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GrantApplicationIndex");

            migrationBuilder.DropTable(
                name: "GrantPools");
        }
    }
}
