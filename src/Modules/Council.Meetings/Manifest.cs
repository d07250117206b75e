using Cms.Core.Modules;

[assembly: Module(
    Id = "Council.Meetings",
    Name = "Council meetings",
    Description = "The council's meetings: calendar, agenda, minutes and decisions. Grants and the prize route items to the first coming meeting.",
    Category = "Council",
    Dependencies = ["Cms.Contents"])]
