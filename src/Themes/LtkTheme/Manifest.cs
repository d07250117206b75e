using Cms.Core.Modules;

[assembly: Module(
    Id = "LtkTheme",
    Name = "Lyngby-Taarbæk theme",
    Description = "The public look of the council's site: layout, templates and styles after Det Fælles Designsystem.",
    Category = "Theme")]
