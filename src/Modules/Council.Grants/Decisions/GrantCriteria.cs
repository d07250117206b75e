using Council.Grants.Localization;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Decisions;

/// <summary>
/// The seed's criteria for a grant ("Krav til projekter", "Ansøgning om midler"), as the reasons a refusal or a partial
/// grant gives (forvaltningsloven § 22–24): each key with a short label for the decision form's checklist and a
/// sentence for the decision letter, in Danish and English. The decision form, the letter and the case bundle read them here.
/// </summary>
public sealed class GrantCriteria(IStringLocalizer<DecisionStrings> T)
{
    public const string TargetGroup = "target-group";
    public const string Community = "community";
    public const string Description = "description";
    public const string ProjectLeader = "project-leader";
    public const string Timeline = "timeline";
    public const string Budget = "budget";
    public const string CivilSociety = "civil-society";

    /// <summary>The pool is used up: a true reason, but never enough alone (the application itself must fall short too).</summary>
    public const string PoolUsedUp = "pool-used-up";

    /// <summary>Every key, in the order of the checklist.</summary>
    public static readonly IReadOnlyList<string> Keys = [TargetGroup, Community, Description, ProjectLeader, Timeline, Budget, CivilSociety, PoolUsedUp];

    public static bool IsKnown(string key) => Keys.Contains(key);

    /// <summary>The checklist label in the reader's language, e.g. "Projektet kommer kun enkeltpersoner til gode".</summary>
    public string Label(string key) => key switch
    {
        TargetGroup => T["The project does not meet the council's target group and purpose"],
        Community => T["The project benefits only individuals"],
        Description => T["No project description with target group and number of beneficiaries"],
        ProjectLeader => T["No project leader given"],
        Timeline => T["No timeline or date given"],
        Budget => T["No budget with the amount applied for and other financing"],
        CivilSociety => T["Public institutions rank below civil society"],
        PoolUsedUp => T["The pool is used up"],
        _ => key,
    };

    /// <summary>
    /// The reason as the letter states it, in <paramref name="culture"/> ("da…" or "en…"), e.g. "Projektet kommer kun
    /// enkeltpersoner til gode; rådet støtter fællesskabsorienterede projekter."
    /// </summary>
    public string LetterText(string key, string culture) => Cultures.In(culture, () => key switch
    {
        TargetGroup => T["The project does not fall within the council's target group and purpose: the integration of refugees and immigrants in Lyngby-Taarbæk."],
        Community => T["The project benefits only individuals; the council supports community-oriented projects."],
        Description => T["The application has no project description with the target group and how many the project benefits."],
        ProjectLeader => T["The application does not give the project leader and the others involved."],
        Timeline => T["The application gives no timeline or date for the project."],
        Budget => T["The application has no budget with the amount applied for and the other financing."],
        CivilSociety => T["The council gives associations, private persons and private companies priority over public institutions."],
        PoolUsedUp => T["The council's pool for the year is used up."],
        _ => key,
    });

    /// <summary>The checklist label in <paramref name="culture"/>, for a text written in the applicant's language.</summary>
    public string Label(string key, string culture) => Cultures.In(culture, () => Label(key));
}
