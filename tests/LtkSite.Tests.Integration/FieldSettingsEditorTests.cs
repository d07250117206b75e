using System.Net;
using System.Text.Json.Nodes;
using Cms.Contents.Fields;
using Cms.Contents.Metadata;
using Cms.Media.Fields;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class FieldSettingsEditorTests_Sqlite(SqliteSiteFixture fixture) : FieldSettingsEditorTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class FieldSettingsEditorTests_Postgres(PostgresSiteFixture fixture) : FieldSettingsEditorTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>
/// Adding a field in two steps (names and type, then the type's own settings) and each field type's settings
/// editor in the administrator's content-type pages: it opens with its own inputs, saves, and refuses bad input
/// with the message at the input while keeping what was typed.
/// </summary>
public abstract class FieldSettingsEditorTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    private static readonly FieldCase[] s_cases =
    [
        new(FieldTypes.Text, "id=\"MaxLength\"", [new("Editor", "TextArea"), new("MaxLength", "80"), new("Required", "true")], field =>
        {
            Assert.Equal("TextArea", field.FieldSettings.Editor);
            Assert.Equal(80, field.Settings.GetSettings<TextFieldSettings>().MaxLength);
            Assert.True(field.Settings.GetSettings<TextFieldSettings>().Required);
        }),
        new(FieldTypes.Html, "HTML renses for scripts", [new("Required", "true")], field => Assert.True(field.Settings.GetSettings<HtmlFieldSettings>().Required)),
        new(FieldTypes.Markdown, "Redaktører skriver Markdown", [new("Required", "true")], field => Assert.True(field.Settings.GetSettings<MarkdownFieldSettings>().Required)),
        new(FieldTypes.Email, "Adressen kontrolleres", [new("Required", "true")], field => Assert.True(field.Settings.GetSettings<EmailFieldSettings>().Required)),
        new(FieldTypes.Date, "25.11.2026", [new("Required", "true")], field => Assert.True(field.Settings.GetSettings<DateFieldSettings>().Required)),
        new(FieldTypes.DateTime, "Europe/Copenhagen", [new("Required", "true")], field => Assert.True(field.Settings.GetSettings<DateTimeFieldSettings>().Required)),
        new(FieldTypes.Time, "14:30", [new("Required", "true")], field => Assert.True(field.Settings.GetSettings<TimeFieldSettings>().Required)),
        new(FieldTypes.Link, "id=\"DefaultUrl\"", [new("RequireText", "true"), new("DefaultUrl", "/kontakt")], field =>
        {
            var settings = field.Settings.GetSettings<LinkFieldSettings>();
            Assert.True(settings.RequireText);
            Assert.Equal("/kontakt", settings.DefaultUrl);
        }),
        new(FieldTypes.Numeric, "id=\"Placeholder\"", [new("Minimum", "0"), new("Maximum", "59800"), new("Scale", "0"), new("ThousandsSeparator", "true"), new("ThousandsSeparator", "false"), new("Placeholder", "59.800")], field =>
        {
            var settings = field.Settings.GetSettings<NumericFieldSettings>();
            Assert.Equal((0m, 59800m, 0, "59.800"), (settings.Minimum, settings.Maximum, settings.Scale, settings.Placeholder));
        }),
        new(FieldTypes.Boolean, "id=\"Label\"", [new("Label", "Jeg har læst betingelserne"), new("DefaultValue", "true")], field =>
        {
            var settings = field.Settings.GetSettings<BooleanFieldSettings>();
            Assert.Equal("Jeg har læst betingelserne", settings.Label);
            Assert.True(settings.DefaultValue);
        }),
        new(FieldTypes.Choice, "id=\"Options\"", [new("Options", "Ja|yes\nNej|no"), new("DefaultValue", "no")], field =>
        {
            var settings = field.Settings.GetSettings<ChoiceFieldSettings>();
            Assert.Equal(["yes", "no"], settings.Options.Select(o => o.Value));
            Assert.Equal("no", settings.DefaultValue);
        }),
        new(FieldTypes.ContentPicker, "id=\"picker-Page\"", [new("ContentTypes", "Page"), new("Multiple", "true")], field =>
        {
            var settings = field.Settings.GetSettings<ContentPickerFieldSettings>();
            Assert.Equal(["Page"], settings.DisplayedContentTypes);
            Assert.False(settings.DisplayAllContentTypes);
            Assert.True(settings.Multiple);
        }),
        new(MediaFieldDriver.FieldTypeName, "id=\"extension-pdf\"", [new("AllowedExtensions", ".pdf"), new("Multiple", "true")], field =>
        {
            var settings = field.Settings.GetSettings<MediaFieldSettings>();
            Assert.Equal([".pdf"], settings.AllowedExtensions);
            Assert.True(settings.Multiple);
        }),
    ];

    [Fact]
    public async Task A_field_is_added_in_two_steps_and_step_one_refuses_bad_names_and_types_at_the_input()
    {
        await Client.LoginAsAdminAsync();
        await CreateTypeAsync("Workshop");

        var step1 = await Client.GetStringAsync("/admin/content-types/Workshop/fields/add");
        Assert.Contains("Trin 1 af 2", WebUtility.HtmlDecode(step1), StringComparison.Ordinal);
        Assert.Contains("<option value=\"MediaField\"", step1, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"MaxLength\"", step1, StringComparison.Ordinal);

        var badName = await PostAddAsync("Workshop", "Sted", "9Sted", FieldTypes.Text);
        Assert.Equal(HttpStatusCode.OK, badName.StatusCode);
        var badNameHtml = WebUtility.HtmlDecode(await badName.Content.ReadAsStringAsync());
        Assert.Contains("id=\"TechnicalName-error\"", badNameHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#TechnicalName\">Det tekniske navn skal starte med et bogstav", badNameHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"9Sted\"", badNameHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Sted\"", badNameHtml, StringComparison.Ordinal);

        var badType = await PostAddAsync("Workshop", "Sted", "", "NoSuchField");
        Assert.Equal(HttpStatusCode.OK, badType.StatusCode);
        var badTypeHtml = WebUtility.HtmlDecode(await badType.Content.ReadAsStringAsync());
        Assert.Contains("id=\"FieldType-error\"", badTypeHtml, StringComparison.Ordinal);
        Assert.Contains("Vælg en felttype.", badTypeHtml, StringComparison.Ordinal);

        var noName = await PostAddAsync("Workshop", "", "", FieldTypes.Text);
        Assert.Contains("id=\"DisplayName-error\"", await noName.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await PartAsync("Workshop"))!.Fields);

        // Step 1 stores the field with its type's defaults, last in the part, and leads to step 2: its settings.
        var added = await PostAddAsync("Workshop", "Sted", "", FieldTypes.Text);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/admin/content-types/Workshop/fields/Sted", added.Headers.Location!.OriginalString);
        var step2 = WebUtility.HtmlDecode(await Client.GetStringAsync(added.Headers.Location));
        Assert.Contains("Feltet Sted er tilføjet. Vælg nu dets indstillinger.", step2, StringComparison.Ordinal);
        Assert.Contains("id=\"MaxLength\"", step2, StringComparison.Ordinal);
        Assert.Contains("id=\"Editor-Standard\" name=\"Editor\" value=\"Standard\" checked", step2, StringComparison.Ordinal);
        Assert.Equal(FieldTypes.Text, (await PartAsync("Workshop"))!.FindField("Sted")!.FieldName);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAddAsync("Workshop", "Pris", "", FieldTypes.Numeric)).StatusCode);
        Assert.Equal(1, (await PartAsync("Workshop"))!.FindField("Pris")!.FieldSettings.Position);
        var taken = await PostAddAsync("Workshop", "Sted igen", "Sted", FieldTypes.Numeric);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        var takenHtml = WebUtility.HtmlDecode(await taken.Content.ReadAsStringAsync());
        Assert.Contains("Delen har allerede et felt med navnet Sted.", takenHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Sted igen\"", takenHtml, StringComparison.Ordinal);
        Assert.Equal(FieldTypes.Text, (await PartAsync("Workshop"))!.FindField("Sted")!.FieldName);
    }

    [Fact]
    public async Task Each_field_type_opens_its_own_settings_editor_and_saves_it()
    {
        await Client.LoginAsAdminAsync();
        await CreateTypeAsync("Showcase");
        foreach (var (fieldType, marker, form, check) in s_cases)
        {
            var name = fieldType.Replace("Field", "", StringComparison.Ordinal) + "Felt";
            var url = await AddAsync("Showcase", name, fieldType);
            var page = WebUtility.HtmlDecode(await Client.GetStringAsync(url));
            Assert.True(page.Contains(marker, StringComparison.Ordinal), $"{fieldType}: its settings page lacks {marker}");
            Assert.Equal(fieldType != FieldTypes.Boolean, page.Contains("id=\"Required\"", StringComparison.Ordinal));

            var saved = await Client.PostFormAsync(url, url, [new("DisplayName", name + " ændret"), new("Hint", "Et tip"), new("Position", "7"), .. form]);
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{fieldType}: {saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
            var field = (await PartAsync("Showcase"))!.FindField(name)!;
            Assert.Equal((name + " ændret", "Et tip", 7), (field.DisplayName, field.FieldSettings.Description, field.FieldSettings.Position));
            Assert.Equal("Et tip", field.Settings[fieldType + "Settings"]?["Hint"]?.GetValue<string>());
            check(field);

            // The page reads back what was saved.
            Assert.Contains("value=\"Et tip\"", WebUtility.HtmlDecode(await Client.GetStringAsync(url)), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("TextField", "MaxLength", "0", "Skriv den maksimale længde som et helt tal på mindst 1")]
    [InlineData("NumericField", "Maximum", "10", "Maksimum skal være mindst lige så stort som minimum.")]
    [InlineData("NumericField", "Scale", "elleve", "Skriv antal decimaler som et helt tal fra 0 til 10.")]
    [InlineData("ChoiceField", "Options", "", "Skriv mindst én valgmulighed, én pr. linje.")]
    [InlineData("ChoiceField", "DefaultValue", "maybe", "Standardværdien maybe er ikke en af valgmulighedernes værdier.")]
    [InlineData("ContentPickerField", "ContentTypes", "Ukendt", "Der findes ingen indholdstype med navnet Ukendt.")]
    [InlineData("LinkField", "DefaultUrl", "javascript:alert(1)", "Adressen skal starte med https://, http:// eller /")]
    [InlineData("MediaField", "AllowedExtensions", ".exe", "Mediebiblioteket tager ikke imod .exe; vælg blandt .jpg, .png, .webp, .gif, .pdf.")]
    [InlineData("DateField", "Position", "først", "Skriv placeringen af Dato som et helt tal fra 0 til 10000.")]
    public async Task A_bad_setting_is_refused_at_its_input_keeping_what_was_typed(string fieldType, string input, string typed, string message)
    {
        await Client.LoginAsAdminAsync();
        var type = "Refused" + Guid.NewGuid().ToString("N")[..8];
        await CreateTypeAsync(type);
        var url = await AddAsync(type, "Dato", fieldType);
        var before = (await PartAsync(type))!.FindField("Dato")!.Settings.DeepClone();

        // Valid values for the inputs the case does not test, so only the one tested is refused.
        var form = new Dictionary<string, string> { ["DisplayName"] = "Dato", ["Hint"] = "Skrevet tip", ["Position"] = "0", ["Minimum"] = "100", ["Options"] = "Ja|yes", [input] = typed };
        var refused = await Client.PostFormAsync(url, url, form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains($"<a href=\"#{input}\">{message}", html, StringComparison.Ordinal);
        Assert.Matches($"class=\"form-group form-error\"[^>]*>\\s*(<[^>]+>[^<]*</[^>]+>\\s*)*<span class=\"form-error-message\"[^>]*>{System.Text.RegularExpressions.Regex.Escape(message)}", html);
        Assert.Contains("value=\"Skrevet tip\"", html, StringComparison.Ordinal);
        if (input is not ("ContentTypes" or "AllowedExtensions" or "Options"))
        {
            Assert.Contains($"id=\"{input}\" name=\"{input}\" value=\"{typed}\"", html, StringComparison.Ordinal);
        }

        Assert.True(JsonNode.DeepEquals(before, (await PartAsync(type))!.FindField("Dato")!.Settings), "nothing is stored when a setting is refused");
    }

    private async Task CreateTypeAsync(string name) =>
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content-types/create", "/admin/content-types/create", [new("DisplayName", name), new("Name", name)])).StatusCode);

    private Task<HttpResponseMessage> PostAddAsync(string type, string displayName, string technicalName, string fieldType) =>
        Client.PostFormAsync($"/admin/content-types/{type}/fields/add", $"/admin/content-types/{type}/fields/add",
            [new("DisplayName", displayName), new("TechnicalName", technicalName), new("FieldType", fieldType)]);

    /// <summary>Step 1; returns the address of step 2.</summary>
    private async Task<string> AddAsync(string type, string name, string fieldType)
    {
        var response = await PostAddAsync(type, name, name, fieldType);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private Task<ContentPartDefinition?> PartAsync(string name) =>
        Site.WithScopeAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetPartAsync(name));

    private sealed record FieldCase(string FieldType, string Marker, KeyValuePair<string, string>[] Form, Action<ContentPartFieldDefinition> Check);
}
