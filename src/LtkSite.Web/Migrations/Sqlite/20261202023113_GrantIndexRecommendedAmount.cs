using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtkSite.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GrantIndexRecommendedAmount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "IndexVersion",
                table: "GrantApplicationIndex",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "RecommendedAmount",
                table: "GrantApplicationIndex",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IndexVersion",
                table: "GrantApplicationIndex");

            migrationBuilder.DropColumn(
                name: "RecommendedAmount",
                table: "GrantApplicationIndex");
        }
    }
}
