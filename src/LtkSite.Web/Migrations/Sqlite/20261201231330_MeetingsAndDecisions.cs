using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtkSite.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetingsAndDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgendaItemConflicts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgendaItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    MemberName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Declared = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItemConflicts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItemMoves",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgendaItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    FromMeetingId = table.Column<long>(type: "INTEGER", nullable: true),
                    ToMeetingId = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    MovedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItemMoves", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    MeetingId = table.Column<long>(type: "INTEGER", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Applicant = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApplicantCvr = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ReadyUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OutcomeText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GrantDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    MeetingId = table.Column<long>(type: "INTEGER", nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GrantedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Conditions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CriteriaNotMet = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MainConsiderations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FactsReliedOn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FreeText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PoolYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ShowInPublicList = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GrantLedgerEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PoolYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    MeetingId = table.Column<long>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantLedgerEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAttendance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    MemberName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Present = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttendance", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartsUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ItemDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AgendaDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ConcludedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MinutesDraft = table.Column<string>(type: "TEXT", nullable: false),
                    MinutesContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItemConflicts_AgendaItemId_MemberContentItemId",
                table: "AgendaItemConflicts",
                columns: new[] { "AgendaItemId", "MemberContentItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItemMoves_AgendaItemId_MovedUtc",
                table: "AgendaItemMoves",
                columns: new[] { "AgendaItemId", "MovedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_Kind_SourceId",
                table: "AgendaItems",
                columns: new[] { "Kind", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId_Position",
                table: "AgendaItems",
                columns: new[] { "MeetingId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_Status_ReadyUtc",
                table: "AgendaItems",
                columns: new[] { "Status", "ReadyUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantDecisions_ContentItemId_DecidedUtc",
                table: "GrantDecisions",
                columns: new[] { "ContentItemId", "DecidedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantDecisions_MeetingId_ContentItemId",
                table: "GrantDecisions",
                columns: new[] { "MeetingId", "ContentItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantDecisions_PoolYear_Outcome",
                table: "GrantDecisions",
                columns: new[] { "PoolYear", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantLedgerEntries_ContentItemId_RecordedUtc",
                table: "GrantLedgerEntries",
                columns: new[] { "ContentItemId", "RecordedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantLedgerEntries_MeetingId_Kind",
                table: "GrantLedgerEntries",
                columns: new[] { "MeetingId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantLedgerEntries_PoolYear_Kind",
                table: "GrantLedgerEntries",
                columns: new[] { "PoolYear", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendance_MeetingId_MemberContentItemId",
                table: "MeetingAttendance",
                columns: new[] { "MeetingId", "MemberContentItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_Date_Status",
                table: "Meetings",
                columns: new[] { "Date", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaItemConflicts");

            migrationBuilder.DropTable(
                name: "AgendaItemMoves");

            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "GrantDecisions");

            migrationBuilder.DropTable(
                name: "GrantLedgerEntries");

            migrationBuilder.DropTable(
                name: "MeetingAttendance");

            migrationBuilder.DropTable(
                name: "Meetings");
        }
    }
}
