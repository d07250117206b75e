using Cms.Core.Modules;

[assembly: Module(
    Id = "Cms.Menus",
    Name = "Menus",
    Description = "Menus edited as content (links to pages and to addresses, nested), rendered by the theme with a breadcrumb.",
    Category = "Content",
    Dependencies = ["Cms.Contents"])]
