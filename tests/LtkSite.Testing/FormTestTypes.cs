using Cms.Contents.Fields;
using Cms.Contents.Metadata;
using Cms.Contents.Parts;
using Cms.Core.Data;
using Cms.Forms.Models;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Testing;

/// <summary>A small two-step application form the form tests fill in, defined once per site through the definition manager.</summary>
public static class FormTestTypes
{
    public const string Type = "TestApplication";
    public const string Path = "test-ansoegning";
    public const string PathEn = "test-application";
    public const string Prefix = "TST";

    private static readonly SemaphoreSlim s_lock = new(1, 1);

    public static async Task EnsureAsync(SiteFactory site)
    {
        await s_lock.WaitAsync();
        try
        {
            await site.WithScopeAsync(async services =>
            {
                var definitions = services.GetRequiredService<ContentDefinitionManager>();
                if (await definitions.GetTypeAsync(Type) is not null)
                {
                    return true;
                }

                await definitions.StorePartAsync(new ContentPartDefinition
                {
                    Name = Type,
                    Fields =
                    [
                        Field("Name", "Navn", FieldTypes.Text, 0, new TextFieldSettings { Required = true, MaxLength = 100 }, new FormElementSettings { OnForm = true, Step = "applicant", LabelEn = "Name", Autocomplete = "name" }),
                        Field("Email", "E-mail", FieldTypes.Email, 1, new EmailFieldSettings { Required = true }, new FormElementSettings { OnForm = true, Step = "applicant", LabelEn = "E-mail", Autocomplete = "email" }),
                        Field("Kind", "Ansøger er", FieldTypes.Choice, 2, new ChoiceFieldSettings
                        {
                            Required = true,
                            Options = [new() { Name = "Forening", Value = "association" }, new() { Name = "Privatperson", Value = "person" }],
                        }, new FormElementSettings { OnForm = true, Step = "applicant", LabelEn = "The applicant is" }),
                        Field("Description", "Beskrivelse af projektet", FieldTypes.Text, 3, new TextFieldSettings { Required = true, MaxLength = 2000, Hint = "Hvad vil I lave, og for hvem?" }, new FormElementSettings { OnForm = true, Step = "project", LabelEn = "Project description", HintEn = "What will you do, and for whom?" }, editor: "TextArea"),
                        Field("Amount", "Ansøgt beløb", FieldTypes.Numeric, 4, new NumericFieldSettings { Required = true, Minimum = 1, Maximum = 59800 }, new FormElementSettings { OnForm = true, Step = "project", LabelEn = "Amount applied for", Unit = "kr." }),
                        Field("Starts", "Projektet starter", FieldTypes.Date, 5, new DateFieldSettings(), new FormElementSettings { OnForm = true, Step = "project", LabelEn = "The project starts" }),
                        Field("Budget", "Budget", "FileField", 6, new FileFieldSettings { AllowedTypes = ["pdf", "png"], MaxSizeKb = 1024 }, new FormElementSettings { OnForm = true, Step = "project", LabelEn = "Budget" }),
                        Field("Consent", "Jeg accepterer, at oplysningerne behandles", FieldTypes.Boolean, 7, new BooleanFieldSettings(), new FormElementSettings { OnForm = true, Step = "project", Required = true, LabelEn = "I accept that the information is processed" }),
                        Field("CprNumber", "CPR-nummer", FieldTypes.Text, 8, new TextFieldSettings(), new FormElementSettings { OnForm = true, Step = "applicant" }),
                        Field("InternalNote", "Intern note", FieldTypes.Text, 9, new TextFieldSettings(), null),
                    ],
                });
                var type = new ContentTypeDefinition { Name = Type, DisplayName = "Testansøgning" };
                type.Settings.SetSettings(new ContentTypeSettings { Creatable = false, Listable = true, Draftable = true, Versionable = true });
                type.Settings.SetSettings(new FormSettings
                {
                    Enabled = true,
                    Path = Path,
                    PathEn = PathEn,
                    Title = "Ansøg om testmidler",
                    TitleEn = "Apply for test funds",
                    Steps =
                    [
                        new FormStepSettings { Name = "applicant", Title = "Ansøger", TitleEn = "Applicant" },
                        new FormStepSettings { Name = "project", Title = "Projektet", TitleEn = "The project" },
                    ],
                    ReferencePrefix = Prefix,
                    AllowSaveDraft = true,
                    NextSteps = "Sekretariatet behandler ansøgningen på næste møde.",
                    NextStepsEn = "The secretariat treats the application at the next meeting.",
                });
                foreach (var (part, position) in new[] { (PartNames.Title, 0), (Type, 1) })
                {
                    var typePart = new ContentTypePartDefinition { Name = part, PartName = part };
                    typePart.Settings.SetSettings(new ContentTypePartSettings { Position = position });
                    type.Parts.Add(typePart);
                }

                await definitions.StoreTypeAsync(type);
                await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
                return true;
            });
        }
        finally
        {
            s_lock.Release();
        }
    }

    private static ContentPartFieldDefinition Field<T>(string name, string displayName, string fieldType, int position, T settings, FormElementSettings? form, string? editor = null)
    {
        var field = new ContentPartFieldDefinition { Name = name, FieldName = fieldType };
        field.Settings.SetSettings(new ContentPartFieldSettings { DisplayName = displayName, Position = position, Editor = editor });
        field.Settings.SetSettings(settings);
        if (form is not null)
        {
            field.Settings.SetSettings(form);
        }

        return field;
    }
}
