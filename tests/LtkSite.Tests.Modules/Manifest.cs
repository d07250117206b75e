using Cms.Core.Modules;

[assembly: Module(
    Id = "Test.Extensions",
    Name = "Test extensions",
    Description = "A module the tests add to prove the extension points: a part with its settings, a field, paths, an audit category, a rate limit, a dashboard widget and optional start-ups.",
    Category = "Tests",
    Dependencies = ["Cms.Contents"])]
