using Cms.Core.Modules;

[assembly: Module(
    Id = "Cms.Contents",
    Name = "Contents",
    Description = "Content types made of parts and fields, content items with drafts, versions and scheduled publishing, the content editor, content recipes and export.",
    Category = "Content",
    Dependencies = ["Cms.Admin"])]
