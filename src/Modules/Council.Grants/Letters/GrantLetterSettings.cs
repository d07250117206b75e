namespace Council.Grants.Letters;

/// <summary>
/// The site settings section <c>GrantLetterSettings</c>: what the decision letter says beside the decision itself — the
/// complaint guidance (forvaltningsloven § 25), which the secretariat can switch off or reword, and the grantee's duty to
/// report, both in Danish and English. Unsaved, the defaults below apply.
/// </summary>
public sealed class GrantLetterSettings
{
    public const int MaxTextLength = 4000;

    public const string DefaultComplaintGuidanceDanish =
        "Integrationsrådets afgørelse kan ikke indbringes for anden administrativ myndighed. Du kan klage over sagsbehandlingen til Folketingets Ombudsmand, Gammeltorv 22, 1457 København K, www.ombudsmanden.dk. Klagen skal være indgivet inden 12 måneder efter, at du har fået afgørelsen.";

    public const string DefaultComplaintGuidanceEnglish =
        "The Integration Council's decision cannot be appealed to another administrative authority. You can complain about the handling of your case to the Danish Parliamentary Ombudsman (Folketingets Ombudsmand), Gammeltorv 22, 1457 København K, www.ombudsmanden.dk. The complaint must be made within 12 months of receiving the decision.";

    public const string DefaultReportDutyDanish =
        "Når projektet er slut, giver I rådet en skriftlig eller mundtlig tilbagemelding om, hvordan det gik. Udgifterne skal dokumenteres med kvitteringer, så gem alle kvitteringer. Vi sender jer et link til afrapporteringen, når projektets slutdato er nået.";

    public const string DefaultReportDutyEnglish =
        "When the project is over, you report back to the council in writing or orally on how it went. The expenses must be documented with receipts, so keep every receipt. We send you a link to the report when the project's end date has come.";

    /// <summary>Whether the letter has the complaint guidance; on unless the secretariat switches it off.</summary>
    public bool ComplaintGuidanceEnabled { get; set; } = true;

    public string ComplaintGuidanceDanish { get; set; } = DefaultComplaintGuidanceDanish;

    public string ComplaintGuidanceEnglish { get; set; } = DefaultComplaintGuidanceEnglish;

    public string ReportDutyDanish { get; set; } = DefaultReportDutyDanish;

    public string ReportDutyEnglish { get; set; } = DefaultReportDutyEnglish;

    public string ComplaintGuidance(string language) => language == "en" ? ComplaintGuidanceEnglish : ComplaintGuidanceDanish;

    public string ReportDuty(string language) => language == "en" ? ReportDutyEnglish : ReportDutyDanish;
}
