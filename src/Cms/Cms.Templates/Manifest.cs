using Cms.Core.Modules;

[assembly: Module(
    Id = "Cms.Templates",
    Name = "Templates",
    Description = "Renders content items through Liquid templates looked up by convention: the theme's files, with overrides edited in the admin.",
    Category = "Content",
    Dependencies = ["Cms.Contents"])]
