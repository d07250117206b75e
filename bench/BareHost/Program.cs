// Plaintext "Hello" at / and nothing else: the ceiling the site's pages are measured against.
// The same host builder as the site, so the gap between them is the CMS, not the hosting model.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);

var app = builder.Build();
app.MapGet("/", () => Results.Text("Hello", "text/plain"));
await app.RunAsync();
