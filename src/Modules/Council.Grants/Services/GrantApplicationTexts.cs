using Council.Grants.Localization;
using Council.Grants.Models;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Services;

/// <summary>The secretariat's short names of applicant kinds and priority flags, in the admin's language.</summary>
public sealed class GrantApplicationTexts(IStringLocalizer<GrantStrings> T)
{
    public string Kind(string kind) => kind switch
    {
        ApplicantKinds.Association => T["Association"],
        ApplicantKinds.PrivatePerson => T["Private person"],
        ApplicantKinds.PrivateCompany => T["Private company"],
        ApplicantKinds.PublicInstitution => T["Public institution"],
        ApplicantKinds.Other => T["Other"],
        "" => "–",
        _ => kind,
    };

    public string Flag(string flag) => flag switch
    {
        Controllers.ApplicationListFilter.FlagAny => T["Any flag"],
        Controllers.ApplicationListFilter.FlagLowerPriority => T["Lower priority"],
        Controllers.ApplicationListFilter.FlagStartsEarly => T["Starts before the meeting"],
        _ => flag,
    };

    /// <summary>An application's flags as the list shows them.</summary>
    public IReadOnlyList<string> Flags(bool lowerPriority, bool startsBeforeMeeting) =>
    [
        .. lowerPriority ? [Flag(Controllers.ApplicationListFilter.FlagLowerPriority)] : Array.Empty<string>(),
        .. startsBeforeMeeting ? [Flag(Controllers.ApplicationListFilter.FlagStartsEarly)] : Array.Empty<string>(),
    ];

    public string Sort(string sort) => sort switch
    {
        Controllers.ApplicationListFilter.SortOldest => T["Oldest first"],
        Controllers.ApplicationListFilter.SortAmountHigh => T["Largest amount first"],
        Controllers.ApplicationListFilter.SortAmountLow => T["Smallest amount first"],
        Controllers.ApplicationListFilter.SortReference => T["By reference"],
        _ => T["Newest first"],
    };
}
