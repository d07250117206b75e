using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LtkSite.Bench;

/// <summary>
/// The <c>seed</c> command: writes a setup recipe with the steps of the site's own recipe plus a content type
/// <c>BenchArticle</c> and N items of it, so first-run setup fills the database before the load run.
/// Titles, owners and states come from a fixed random seed, so every run measures the same data.
/// Prints the public path of the first published item, for run.sh to measure.
/// Usage: <c>seed --items N --base recipes/ltk.recipe.json --out file.json</c>
/// </summary>
public static class Seed
{
    public const string TypeName = "BenchArticle";

    /// <summary>Share of items that are published; the rest are drafts.</summary>
    private const double PublishedShare = 0.7;

    private static readonly string[] Subjects =
    [
        "Møde i Integrationsrådet", "Sprogcafé", "Kulturfestival", "Dialogmøde om beskæftigelse",
        "Åbent hus for nye borgere", "Fællesspisning", "Lektiehjælp for skolebørn", "Foredrag om foreningslivet",
        "Informationsmøde om statsborgerskab", "Workshop om CV og jobsøgning", "Uddeling af Integrationsprisen",
        "Rådets årsberetning", "Høringssvar om boligsociale tiltag", "Familiedag i parken",
        "Netværksmøde for frivillige", "Temaaften om sundhed", "Cykelkursus for voksne", "Strikkeklub og snak",
    ];

    private static readonly string[] Places =
    [
        "i Lyngby", "i Virum", "i Taarbæk", "i Lundtofte", "i Sorgenfri", "i Hjortekær", "i Kongens Lyngby",
        "på Hovedbiblioteket", "på Kulturhuset", "i Lyngby Idrætsby", "på Rådhuset", "i Bagsværd Sø-parken",
    ];

    private static readonly string[] Owners = ["admin", "mette", "jonas", "fatima", "søren"];

    private static readonly string[] Intros =
    [
        "Alle er velkomne, og der er gratis kaffe.", "Tilmelding er ikke nødvendig.",
        "Rådet fortæller om årets arbejde og svarer på spørgsmål.", "Tag gerne familie og venner med.",
        "Der er tolkning til arabisk, tigrinya og ukrainsk.", "Arrangementet foregår på dansk og engelsk.",
    ];

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var items = 10_000;
        string? basePath = null, outPath = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--items": items = BenchOptions.Number(args, ref i); break;
                case "--base": basePath = BenchOptions.Value(args, ref i); break;
                case "--out": outPath = BenchOptions.Value(args, ref i); break;
                default: throw new ArgumentException($"Unknown seed option '{args[i]}'.");
            }
        }

        if (basePath is null || outPath is null || items < 1)
        {
            throw new ArgumentException("seed needs --base <recipe>, --out <file> and --items of at least 1.");
        }

        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(basePath), documentOptions: new JsonDocumentOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        }) as JsonObject ?? throw new ArgumentException($"{basePath} is not a JSON object.");
        var steps = recipe["steps"] as JsonArray ?? throw new ArgumentException($"{basePath} has no 'steps' array.");
        recipe["name"] = "ltk-bench";
        recipe["description"] = $"The site's setup recipe plus {items} {TypeName} items for the benchmark.";
        steps.Add(Definition());

        var random = new Random(20261129);
        var data = new JsonArray();
        string? firstPublishedPath = null;
        var created = new DateTime(2019, 1, 1, 8, 0, 0, DateTimeKind.Utc);
        for (var n = 1; n <= items; n++)
        {
            var title = string.Create(
                CultureInfo.InvariantCulture,
                $"{Subjects[random.Next(Subjects.Length)]} {Places[random.Next(Places.Length)]}, uge {random.Next(1, 53)} {random.Next(2019, 2027)}");
            var path = $"artikler/{Slugify(title)}-{n}";
            var published = random.NextDouble() < PublishedShare;
            firstPublishedPath ??= published ? "/" + path : null;
            created = created.AddMinutes(random.Next(5, 240));
            data.Add(new JsonObject
            {
                ["ContentItemId"] = string.Create(CultureInfo.InvariantCulture, $"bench{n:D21}"),
                ["ContentType"] = TypeName,
                ["DisplayText"] = title,
                ["Latest"] = true,
                ["Published"] = published,
                ["Owner"] = Owners[random.Next(Owners.Length)],
                ["CreatedUtc"] = created.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["TitlePart"] = new JsonObject { ["Title"] = title },
                ["AutoroutePart"] = new JsonObject { ["Path"] = path },
                [TypeName] = new JsonObject { ["Intro"] = new JsonObject { ["Text"] = Intros[random.Next(Intros.Length)] } },
            });
        }

        steps.Add(new JsonObject { ["name"] = "Content", ["data"] = data });
        await File.WriteAllTextAsync(outPath, recipe.ToJsonString(new JsonSerializerOptions { WriteIndented = false }), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Console.WriteLine(firstPublishedPath ?? "");
        return 0;
    }

    /// <summary>The <c>ContentDefinition</c> step: a listable, draftable article with a title, an intro and its own path.</summary>
    private static JsonObject Definition() => new()
    {
        ["name"] = "ContentDefinition",
        ["ContentTypes"] = new JsonArray
        {
            new JsonObject
            {
                ["Name"] = TypeName,
                ["DisplayName"] = "Benchmark article",
                ["Settings"] = new JsonObject
                {
                    ["ContentTypeSettings"] = new JsonObject
                    {
                        ["Creatable"] = true,
                        ["Listable"] = true,
                        ["Draftable"] = true,
                        ["Versionable"] = true,
                    },
                },
                ["ContentTypePartDefinitionRecords"] = new JsonArray
                {
                    TypePart("TitlePart", 0, null),
                    TypePart(TypeName, 1, null),
                    TypePart("AutoroutePart", 2, new JsonObject
                    {
                        ["AutoroutePartSettings"] = new JsonObject
                        {
                            ["AllowCustomPath"] = true,
                            ["Pattern"] = "artikler/{{ ContentItem.DisplayText | slugify }}",
                        },
                    }),
                },
            },
        },
        ["ContentParts"] = new JsonArray
        {
            new JsonObject
            {
                ["Name"] = TypeName,
                ["Settings"] = new JsonObject(),
                ["ContentPartFieldDefinitionRecords"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["FieldName"] = "TextField",
                        ["Name"] = "Intro",
                        ["Settings"] = new JsonObject
                        {
                            ["ContentPartFieldSettings"] = new JsonObject { ["DisplayName"] = "Intro", ["Position"] = "0" },
                            ["TextFieldSettings"] = new JsonObject { ["Hint"] = "", ["Required"] = false },
                        },
                    },
                },
            },
        },
    };

    private static JsonObject TypePart(string name, int position, JsonObject? settings)
    {
        var all = settings ?? [];
        all["ContentTypePartSettings"] = new JsonObject { ["Position"] = position.ToString(CultureInfo.InvariantCulture) };
        return new JsonObject { ["PartName"] = name, ["Name"] = name, ["Settings"] = all };
    }

    /// <summary>The site's slug rules for the letters these titles use: lower case, æ/ø/å spelled out, dashes between words.</summary>
    private static string Slugify(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                'æ' => "ae",
                'ø' => "oe",
                'å' => "aa",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => "-",
            });
        }

        return string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
