using Council.Meetings.Conflicts;
using Council.Meetings.Data;

namespace LtkSite.Tests.Unit.Meetings;

public sealed class OrganisationNamesTests
{
    [Theory]
    [InlineData("Lyngby Boldklub", "LYNGBY  BOLDKLUB")]
    [InlineData("Café Fællesskab ApS", "café fællesskab")]
    [InlineData("Nydansk Rådgivning A/S", "Nydansk Rådgivning AS")]
    [InlineData("Nydansk Rådgivning A/S", "Nydansk Rådgivning a / s")]
    [InlineData("Taarbæk Strandkiosk I/S", "Taarbæk Strandkiosk")]
    [InlineData("Sprogcafeen IVS", "Sprogcafeen")]
    [InlineData("Lyngby Vandsport K/S", "Lyngby Vandsport P/S")]
    [InlineData("Foreningen Nydanske Kvinder", "Nydanske Kvinder forening")]
    [InlineData("Lyngby og Omegns Skakklub", "Lyngby og Omegns Skakklub.")]
    [InlineData("Kvindenetværket Lyngby og omegn", "Kvindenetværket Lyngby")]
    [InlineData("Lyngby & Omegn Cykelklub", "Lyngby Cykelklub")]
    [InlineData("Somalisk Kulturforening, Lyngby", "somalisk kulturforening lyngby")]
    [InlineData("Dansk Flygtningehjælp – Lyngby", "Dansk Flygtningehjælp Lyngby")]
    public void Names_of_one_organisation_written_differently_match(string first, string second)
    {
        Assert.Equal(OrganisationNames.Normalize(first), OrganisationNames.Normalize(second));
        Assert.True(OrganisationNames.SameOrganisation(first, second));
    }

    [Theory]
    [InlineData("Lyngby Boldklub", "Lyngby Badmintonklub")]
    [InlineData("Foreningen Nydanske Kvinder", "Foreningen Nydanske Mænd")]
    [InlineData("Somalisk Kulturforening", "Somalisk Kultur")]
    [InlineData("", "")]
    [InlineData("Lyngby Boldklub", null)]
    public void Different_or_missing_names_do_not_match(string? first, string? second) =>
        Assert.False(OrganisationNames.SameOrganisation(first, second));

    [Theory]
    [InlineData("  Café   Fællesskab ApS ", "café fællesskab")]
    [InlineData("A/S", "as")]
    [InlineData("Foreningen", "foreningen")]
    [InlineData(null, "")]
    public void Normalizes_to_lower_case_words_without_company_forms(string? name, string expected) =>
        Assert.Equal(expected, OrganisationNames.Normalize(name));

    [Theory]
    [InlineData("29403573", "29403573")]
    [InlineData("2940 3573", "29403573")]
    [InlineData("2940357", null)]
    [InlineData("02940357", null)]
    [InlineData("2940357X", null)]
    [InlineData("", null)]
    public void A_cvr_number_has_eight_digits(string text, string? expected) =>
        Assert.Equal(expected, OrganisationNames.Cvr(text));

    [Fact]
    public void An_applicant_matches_by_cvr_when_both_have_one_and_else_by_name()
    {
        var register = new[] { new MemberInterest { Name = "Café Fællesskab ApS", Cvr = "29403573" }, new MemberInterest { Name = "Lyngby Boldklub" } };

        Assert.Equal("Café Fællesskab ApS", AgendaConflicts.Match(new AgendaItem { Applicant = "Cafe Faellesskab", ApplicantCvr = "29403573" }, register)?.Name);
        Assert.Null(AgendaConflicts.Match(new AgendaItem { Applicant = "Café Fællesskab", ApplicantCvr = "11715311" }, register));
        Assert.Equal("Café Fællesskab ApS", AgendaConflicts.Match(new AgendaItem { Applicant = "Café Fællesskab" }, register)?.Name);
        Assert.Equal("Lyngby Boldklub", AgendaConflicts.Match(new AgendaItem { Applicant = "Lyngby Boldklub A/S", ApplicantCvr = "11715311" }, register)?.Name);
        Assert.Null(AgendaConflicts.Match(new AgendaItem { Applicant = "Fatima Hansen" }, register));
    }
}
