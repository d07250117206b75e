namespace Council.Grants.Models;

/// <summary>The applicant kinds of the GrantApplication type's ChoiceField (stored values).</summary>
public static class ApplicantKinds
{
    public const string Association = "association";
    public const string PrivatePerson = "private-person";
    public const string PrivateCompany = "private-company";
    public const string PublicInstitution = "public-institution";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Association, PrivatePerson, PrivateCompany, PublicInstitution, Other];
}
