using Cms.Core.Modules;

[assembly: Module(
    Id = "Cms.Workflows",
    Name = "Workflows",
    Description = "Workflow types stored as versioned documents of activities and transitions; instances that start on events, halt on blocking activities and resume when the event they wait for arrives.",
    Category = "Workflows",
    Dependencies = ["Cms.Admin"])]
