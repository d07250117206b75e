using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtkSite.Web.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ApplicantKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AmountAppliedFor = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    TotalBudget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PoolYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpectedMeetingDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LowerPriority = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartsBeforeMeeting = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantApplicationIndex", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GrantPools",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PriceLevelYear = table.Column<int>(type: "INTEGER", nullable: false),
                    IndexFactor = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    ShowRemainingOnPage = table.Column<bool>(type: "INTEGER", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "IX_GrantApplicationIndex_SubmittedUtc_Status_ApplicantKind_LowerPriority",
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
