using Cms.Core.Modules;

[assembly: Module(
    Id = "Cms.Media",
    Name = "Media",
    Description = "The media library: images and PDFs in folders, served with long cache lifetimes and resized variants, and the Media field.",
    Category = "Content",
    Dependencies = ["Cms.Contents"])]
