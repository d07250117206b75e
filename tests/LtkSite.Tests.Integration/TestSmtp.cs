using System.Net;
using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace LtkSite.Tests.Integration;

/// <summary>The real SMTP server the mail tests start on 127.0.0.1 (and stop, to play a server that is down), and what it received.</summary>
public static class TestSmtp
{
    public static SimpleSmtpServer Start(int port) => Configuration.Configure().WithAddress(IPAddress.Loopback).WithPort(port).Build();

    public static MimeMessage Parse(SmtpMessage message) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(message.Data)));

    /// <summary>An address no other test writes to, so a test counts its own mails on a shared site.</summary>
    public static string NewAddress(string who) => $"{who}-{Guid.NewGuid():N}"[..20] + "@example.org";
}
