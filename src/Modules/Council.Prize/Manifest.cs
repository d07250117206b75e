using Cms.Core.Modules;

[assembly: Module(
    Id = "Council.Prize",
    Name = "Integration Prize",
    Description = "Nominations for the yearly Integration Prize, the council's choice of winner and the diploma.",
    Category = "Council",
    Dependencies = ["Council.Meetings"])]
