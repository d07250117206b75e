using Cms.Core.Modules;

[assembly: Module(
    Id = "Cms.Forms",
    Name = "Forms",
    Description = "Public forms made from content types: steps, a check-your-answers page, spam protection, private file uploads, and submissions stored as content with a reference number and a receipt.",
    Category = "Content",
    Dependencies = ["Cms.Contents"])]
