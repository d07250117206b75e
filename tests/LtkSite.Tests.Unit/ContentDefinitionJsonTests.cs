using System.Text.Json.Nodes;
using Cms.Contents.Fields;
using Cms.Contents.Metadata;
using Cms.Contents.Parts;
using Cms.Contents.Recipes;
using Cms.Core.Recipes;

namespace LtkSite.Tests.Unit;

public sealed class ContentDefinitionJsonTests
{
    private static readonly string[] s_parts = [PartNames.Title, PartNames.Autoroute, PartNames.HtmlBody, PartNames.MarkdownBody, PartNames.Localization, PartNames.Seo, PartNames.List];

    private const string Grouped = """
        {
          "ContentTypes": [
            {
              "Name": "Event",
              "DisplayName": "Event",
              "Settings": {
                "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true, "Securable": false },
                "FullTextAspectSettings": { "IncludeFullTextTemplate": false }
              },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                { "PartName": "Event", "Name": "Event", "Settings": { "ContentTypePartSettings": { "Position": "1" } } }
              ]
            }
          ],
          "ContentParts": [
            {
              "Name": "Event",
              "Settings": {},
              "ContentPartFieldDefinitionRecords": [
                {
                  "FieldName": "DateField",
                  "Name": "Day",
                  "Settings": {
                    "ContentPartFieldSettings": { "DisplayName": "Day", "Position": "0" },
                    "DateFieldSettings": { "Hint": "The first day", "Required": true }
                  }
                }
              ]
            }
          ]
        }
        """;

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void Grouped_definitions_survive_a_round_trip_unchanged()
    {
        var definition = ContentDefinitionJson.Read(Parse(Grouped));
        var written = ContentDefinitionJson.Write(definition.Types, definition.Parts);

        Assert.True(JsonNode.DeepEquals(Parse(Grouped), written), written.ToJsonString());
        var again = ContentDefinitionJson.Read(written);
        Assert.True(JsonNode.DeepEquals(written, ContentDefinitionJson.Write(again.Types, again.Parts)));
    }

    [Fact]
    public void Grouped_settings_read_as_typed_settings_with_numbers_given_as_strings()
    {
        var definition = ContentDefinitionJson.Read(Parse(Grouped));

        var type = definition.FindType("Event")!;
        Assert.True(type.TypeSettings.Creatable);
        Assert.False(type.TypeSettings.Securable);
        Assert.Equal(1, type.FindPart("Event")!.PartSettings.Position);
        var day = definition.FindPart("Event")!.FindField("Day")!;
        Assert.Equal(FieldTypes.Date, day.FieldName);
        Assert.Equal("The first day", day.Settings.GetSettings<DateFieldSettings>().Hint);
        Assert.True(day.Settings.GetSettings<DateFieldSettings>().Required);
    }

    [Fact]
    public void Flat_settings_of_older_exports_move_into_their_groups()
    {
        var definition = ContentDefinitionJson.Read(Parse("""
            {
              "ContentTypes": [ {
                "Name": "Page",
                "Settings": { "Creatable": "True", "Draftable": "False", "Stereotype": "Widget", "CustomThing": "kept" },
                "ContentTypePartDefinitionRecords": [ { "PartName": "Page", "Name": "Page", "Settings": { "Position": "3", "Editor": "Wysiwyg" } } ]
              } ],
              "ContentParts": [ {
                "Name": "Page",
                "Settings": { "Attachable": "True" },
                "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Lead", "Settings": { "DisplayName": "Lead", "Position": "2", "Hint": "Short" } } ]
              } ]
            }
            """));

        var type = definition.FindType("Page")!;
        Assert.Equal("Page", type.DisplayName);
        Assert.True(type.TypeSettings.Creatable);
        Assert.False(type.TypeSettings.Draftable);
        Assert.Equal("Widget", type.TypeSettings.Stereotype);
        Assert.Equal("kept", (string?)type.Settings["CustomThing"]);
        Assert.False(type.Settings.ContainsKey("Creatable"));

        var typePart = type.FindPart("Page")!;
        Assert.Equal(3, typePart.PartSettings.Position);
        Assert.Equal("Wysiwyg", typePart.PartSettings.Editor);

        var part = definition.FindPart("Page")!;
        Assert.True(part.Settings.GetSettings<ContentPartSettings>().Attachable);
        var lead = part.FindField("Lead")!;
        Assert.Equal("Lead", lead.DisplayName);
        Assert.Equal(2, lead.FieldSettings.Position);
        Assert.Equal("Short", lead.FieldSettings.Description);

        // Written back, the flat shape has become the grouped one.
        var written = ContentDefinitionJson.WriteType(type);
        Assert.Equal("True", (string?)written["Settings"]!["ContentTypeSettings"]!["Creatable"]);
        Assert.Equal("3", (string?)written["ContentTypePartDefinitionRecords"]![0]!["Settings"]!["ContentTypePartSettings"]!["Position"]);
    }

    [Fact]
    public void A_type_without_a_name_is_refused()
    {
        var error = Assert.Throws<RecipeException>(() => ContentDefinitionJson.Read(Parse("""{ "ContentTypes": [ { "DisplayName": "Nameless" } ] }""")));

        Assert.Contains("content type has no 'Name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_accepts_built_in_own_and_defined_parts_and_refuses_the_rest()
    {
        var stored = ContentDefinitionJson.Read(Parse("""{ "ContentParts": [ { "Name": "SharedPart" } ] }"""));
        var fine = ContentDefinitionJson.Read(Parse("""
            { "ContentTypes": [ { "Name": "Article", "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart" }, { "PartName": "ContainedPart" }, { "PartName": "Article" }, { "PartName": "SharedPart" }, { "PartName": "RecipePart" } ] } ],
              "ContentParts": [ { "Name": "RecipePart", "ContentPartFieldDefinitionRecords": [ { "FieldName": "LinkField", "Name": "More" } ] } ] }
            """));
        ContentDefinitionRecipeStep.Validate(fine, stored, s_parts);

        var unknownPart = ContentDefinitionJson.Read(Parse("""{ "ContentTypes": [ { "Name": "Article", "ContentTypePartDefinitionRecords": [ { "PartName": "BagPart" } ] } ] }"""));
        Assert.Contains("uses part 'BagPart'", Assert.Throws<RecipeException>(() => ContentDefinitionRecipeStep.Validate(unknownPart, stored, s_parts)).Message, StringComparison.Ordinal);

        var unknownField = ContentDefinitionJson.Read(Parse("""{ "ContentParts": [ { "Name": "Article", "ContentPartFieldDefinitionRecords": [ { "FieldName": "YoutubeField", "Name": "Video" } ] } ] }"""));
        Assert.Contains("Part 'Article', field 'Video': unknown field type 'YoutubeField'",
            Assert.Throws<RecipeException>(() => ContentDefinitionRecipeStep.Validate(unknownField, stored, s_parts)).Message, StringComparison.Ordinal);
    }
}
