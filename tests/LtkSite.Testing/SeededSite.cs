namespace LtkSite.Testing;

/// <summary>What the setup recipe (recipes/ltk.recipe.json) and the demo recipe put on a fresh site, for tests that walk it.</summary>
public static class SeededSite
{
    /// <summary>Every seeded page: its address and the title it shows (the front pages at the home addresses).</summary>
    public static readonly (string Path, string Title)[] Pages =
    [
        ("/", "Integrationsrådet"),
        ("/medlemmer", "Integrationsrådets medlemmer"),
        ("/visioner-og-maalsaetninger", "Visioner og målsætninger for integrationsindsatsen"),
        ("/tilskud", "Ansøgning om støtte fra Integrationsrådets pulje"),
        ("/integrationsprisen", "Integrationsprisen"),
        ("/kulturfestival", "Kulturfestival"),
        ("/lykkens-gave", "Projekt ”Lykkens Gave”"),
        ("/kontakt", "Kontakt Integrationsrådets sekretariat"),
        ("/privatliv", "Sådan behandler vi dine personoplysninger"),
        ("/tilgaengelighedserklaering", "Tilgængelighedserklæring"),
        ("/en", "The Integration Council"),
        ("/en/members", "Members of the Integration Council"),
        ("/en/vision", "Vision and objectives for integration"),
        ("/en/grants", "Applying for a grant from the Integration Council's pool"),
        ("/en/prize", "The Integration Prize"),
        ("/en/festival", "Culture Festival"),
        ("/en/contact", "Contact the Integration Council's secretariat"),
    ];

    /// <summary>A page the demo recipe (recipes/demo.recipe.json) adds: a fictional news item.</summary>
    public const string DemoNewsPath = "/nyheder/eksempelnyhed-1";
}
