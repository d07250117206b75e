using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LtkSite.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Prize : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgendaItemParties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgendaItemId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Cvr = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItemParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItemParties_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PrizeCandidates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NominationContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    RoundId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NormalizedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GroupKey = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: false),
                    Contact = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    FormerWinnerYear = table.Column<int>(type: "integer", nullable: true),
                    ConflictMemberIds = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrizeCandidates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrizeNominationIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    RoundId = table.Column<long>(type: "bigint", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    NominatorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NominatorEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CheckedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CheckedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrizeNominationIndex", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrizeRounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AmountKroner = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    NominationOpens = table.Column<DateOnly>(type: "date", nullable: false),
                    NominationCloses = table.Column<DateOnly>(type: "date", nullable: false),
                    AwardDate = table.Column<DateOnly>(type: "date", nullable: true),
                    FestivalContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OpenedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AwardedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Justification = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CancelReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrizeRounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrizeRoundSubscriptions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrizeRoundSubscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrizeWinners",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<long>(type: "bigint", nullable: false),
                    GroupKey = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AmountKroner = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Justification = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FlagOverride = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ConsentStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConsentTokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConsentAskedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConsentAnsweredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    WinnerPageContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: true),
                    NotifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrizeWinners", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItemParties_AgendaItemId",
                table: "AgendaItemParties",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_PrizeCandidates_NominationContentItemId",
                table: "PrizeCandidates",
                column: "NominationContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_PrizeCandidates_RoundId_GroupKey",
                table: "PrizeCandidates",
                columns: new[] { "RoundId", "GroupKey" });

            migrationBuilder.CreateIndex(
                name: "IX_PrizeNominationIndex_ContentItemId",
                table: "PrizeNominationIndex",
                column: "ContentItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrizeNominationIndex_RoundId_Status",
                table: "PrizeNominationIndex",
                columns: new[] { "RoundId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PrizeRounds_Year",
                table: "PrizeRounds",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrizeRoundSubscriptions_Email",
                table: "PrizeRoundSubscriptions",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrizeRoundSubscriptions_TokenHash",
                table: "PrizeRoundSubscriptions",
                column: "TokenHash");

            migrationBuilder.CreateIndex(
                name: "IX_PrizeWinners_ConsentTokenHash",
                table: "PrizeWinners",
                column: "ConsentTokenHash");

            migrationBuilder.CreateIndex(
                name: "IX_PrizeWinners_GroupKey",
                table: "PrizeWinners",
                column: "GroupKey");

            migrationBuilder.CreateIndex(
                name: "IX_PrizeWinners_RoundId_GroupKey",
                table: "PrizeWinners",
                columns: new[] { "RoundId", "GroupKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaItemParties");

            migrationBuilder.DropTable(
                name: "PrizeCandidates");

            migrationBuilder.DropTable(
                name: "PrizeNominationIndex");

            migrationBuilder.DropTable(
                name: "PrizeRounds");

            migrationBuilder.DropTable(
                name: "PrizeRoundSubscriptions");

            migrationBuilder.DropTable(
                name: "PrizeWinners");
        }
    }
}
