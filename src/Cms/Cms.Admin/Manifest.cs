using Cms.Core.Modules;

[assembly: Module(
    Id = "Cms.Admin",
    Name = "Admin",
    Description = "The admin area: sign-in, dashboard, users and roles, the module list.",
    Category = "Infrastructure")]
