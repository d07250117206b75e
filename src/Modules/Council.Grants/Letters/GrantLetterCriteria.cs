namespace Council.Grants.Letters;

/// <summary>
/// The seed's criteria as the letter gives them as reasons, by the keys a decision stores (contracts of issue 11). A small
/// stand-in for the decision form's own list (Decisions/GrantCriteria); the letter reads that one once both are merged.
/// </summary>
public static class GrantLetterCriteria
{
    private static readonly Dictionary<string, (string Danish, string English)> s_texts = new(StringComparer.Ordinal)
    {
        ["target-group"] = ("Projektet ligger ikke inden for rådets målgruppe og formål.", "The project does not fall within the council's target group and purpose."),
        ["community"] = ("Projektet kommer kun enkeltpersoner til gode; rådet støtter projekter, der er rettet mod fællesskabet.", "The project benefits only individuals; the council supports projects aimed at the community."),
        ["description"] = ("Ansøgningen har ingen projektbeskrivelse med målgruppe og antal deltagere.", "The application has no project description with the target group and the number who benefit."),
        ["project-leader"] = ("Ansøgningen nævner ingen projektleder.", "The application names no project leader."),
        ["timeline"] = ("Ansøgningen har ingen tidsplan eller dato.", "The application has no timeline or date."),
        ["budget"] = ("Ansøgningen har intet budget med ansøgt beløb og supplerende finansiering.", "The application has no budget with the amount applied for and other financing."),
        ["civil-society"] = ("Offentlige institutioner prioriteres efter civilsamfundets foreninger og borgere.", "Public institutions rank below civil society's associations and citizens."),
        ["pool-used-up"] = ("Puljen er brugt op.", "The pool is used up."),
    };

    /// <summary>The criterion's text in the letter's language; the key itself for one this list does not know.</summary>
    public static string Text(string key, string language) =>
        s_texts.TryGetValue(key, out var text) ? (language == "en" ? text.English : text.Danish) : key;
}
