using Cms.Core.Modules;

[assembly: Module(
    Id = "Council.Grants",
    Name = "Grant applications",
    Description = "Applications to the council's yearly grant pool, their decisions and the follow-up on reports and receipts.",
    Category = "Council",
    Dependencies = ["Cms.Forms", "Council.Meetings"])]
