namespace Cms.Email.Services;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpTls
{
    /// <summary>STARTTLS when the server offers it.</summary>
    Auto,

    /// <summary>Plain text (a server on the same machine).</summary>
    None,

    /// <summary>STARTTLS, required.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}

/// <summary>The SMTP server (<c>Email:Smtp:*</c>); with no <see cref="Host"/> mails go to the pickup folder.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpTls Tls { get; set; } = SmtpTls.Auto;

    public string? User { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
