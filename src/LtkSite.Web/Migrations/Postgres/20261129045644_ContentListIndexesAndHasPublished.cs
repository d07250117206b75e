using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtkSite.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContentListIndexesAndHasPublished : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_ContentType_Latest_DeletedUtc",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Latest_DeletedUtc_ModifiedUtc",
                table: "ContentItems");

            migrationBuilder.AddColumn<bool>(
                name: "HasPublished",
                table: "ContentItems",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Existing items: the latest version of an item with a published version says so.
            migrationBuilder.Sql("""
                UPDATE "ContentItems" SET "HasPublished" = EXISTS (
                    SELECT 1 FROM "ContentItems" AS p WHERE p."ContentItemId" = "ContentItems"."ContentItemId" AND p."Published")
                WHERE "Latest";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_List_ByModified",
                table: "ContentItems",
                columns: new[] { "Latest", "DeletedUtc", "ModifiedUtc", "ContentType", "HasPublished", "Published", "Owner", "Culture" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_List_ByTitle",
                table: "ContentItems",
                columns: new[] { "Latest", "DeletedUtc", "DisplayTextNormalized", "ContentType" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_List_ByTypeAndModified",
                table: "ContentItems",
                columns: new[] { "ContentType", "Latest", "DeletedUtc", "ModifiedUtc", "HasPublished", "Published", "Owner", "Culture" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_List_ByModified",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_List_ByTitle",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_List_ByTypeAndModified",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "HasPublished",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentType_Latest_DeletedUtc",
                table: "ContentItems",
                columns: new[] { "ContentType", "Latest", "DeletedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Latest_DeletedUtc_ModifiedUtc",
                table: "ContentItems",
                columns: new[] { "Latest", "DeletedUtc", "ModifiedUtc" });
        }
    }
}
