using Council.Prize.Localization;
using Microsoft.Extensions.Localization;

namespace Council.Prize.Models;

/// <summary>
/// The seed's criteria for the prize ("Kriterier": what the recipient has helped to do), as the checkboxes of the
/// nomination form and the facts of the members' pack: each key with its label in the reader's language.
/// </summary>
public sealed class PrizeCriteria(IStringLocalizer<PrizeStrings> T)
{
    public const string Courage = "courage";
    public const string SolidWork = "solid-work";
    public const string GoodInitiatives = "good-initiatives";
    public const string Equality = "equality";
    public const string LocalCommunity = "local-community";
    public const string Minorities = "minorities";
    public const string Cooperation = "cooperation";

    /// <summary>Every key, in the seed's order.</summary>
    public static readonly IReadOnlyList<string> Keys = [Courage, SolidWork, GoodInitiatives, Equality, LocalCommunity, Minorities, Cooperation];

    public static bool IsKnown(string key) => Keys.Contains(key);

    /// <summary>The criterion in the current UI culture, e.g. "At deltage aktivt i lokalsamfundet".</summary>
    public string Label(string key) => key switch
    {
        Courage => T["To show courage, great personal commitment and new thinking in the work for integration and diversity in Lyngby-Taarbæk"],
        SolidWork => T["To contribute to solid and well-known integration work that deserves a reward"],
        GoodInitiatives => T["To find and keep good initiatives in the ongoing work for integration and diversity in Lyngby-Taarbæk"],
        Equality => T["To create equality and equal opportunities for all citizens regardless of ethnic background"],
        LocalCommunity => T["To take an active part in the local community"],
        Minorities => T["To inspire and involve citizens from minority groups in the work for diversity and thereby increase engagement in the area"],
        Cooperation => T["To promote cooperation and networks between citizens, organisations and others around holistic integration work"],
        _ => key,
    };
}
