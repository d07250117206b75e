namespace Cms.Email.Services;

/// <summary>The outbox's settings (<c>Email:*</c>).</summary>
public sealed class EmailOptions
{
    /// <summary>The sender of every mail, e.g. <c>Integrationsrådet &lt;integrationsraadet@ltk.dk&gt;</c>.</summary>
    public string From { get; set; } = "Integrationsrådet <noreply@localhost>";

    /// <summary>Where mails go as <c>.eml</c> files when no SMTP host is set; relative to the site's folder.</summary>
    public string PickupFolder { get; set; } = Path.Combine("App_Data", "mail-pickup");

    /// <summary>At most this many mails an hour to one address; more wait until the hour has passed.</summary>
    public int MaxPerRecipientPerHour { get; set; } = 10;

    /// <summary>Delivery attempts before a mail is marked failed.</summary>
    public int MaxAttempts { get; set; } = 12;

    /// <summary><c>/health</c> says Degraded when this many mails wait to be sent, Unhealthy at <see cref="UnhealthyBacklog"/>.</summary>
    public int DegradedBacklog { get; set; } = 100;

    public int UnhealthyBacklog { get; set; } = 1000;

    /// <summary>
    /// At most this many mails from one workflow instance; the next one faults the instance (a loop in an edited type must not
    /// mail one person thousands of times).
    /// </summary>
    public int MaxPerWorkflowInstance { get; set; } = 20;

    /// <summary>
    /// The site's public address for links in mails, e.g. <c>https://integrationsraadet.ltk.dk</c>: a workflow may run with no
    /// request to take it from (a timer, the work queue). Unset, a request's own address is used, else <c>http://localhost</c>.
    /// </summary>
    public string? BaseUrl { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
}
