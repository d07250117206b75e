using Cms.Core.Modules;

[assembly: Module(
    Id = "Cms.Email",
    Name = "E-mail",
    Description = "The mail outbox: mails written with the change that causes them, delivered over SMTP (or to a pickup folder) with retries, listed at /admin/outbox.",
    Category = "Infrastructure")]
