using Cms.Core;
using LtkSite.Web.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddCms<SqliteLtkDbContext, PostgresLtkDbContext>(typeof(SqliteLtkDbContext).Assembly);

var app = builder.Build();
await app.InitializeCmsAsync();
app.UseCms();
await app.RunAsync();
