using System.Globalization;
using System.Reflection;
using System.Threading.RateLimiting;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Cms.Core.AuditTrail;
using Cms.Core.Caching;
using Cms.Core.Data;
using Cms.Core.Events;
using Cms.Core.Health;
using Cms.Core.Localization;
using Cms.Core.Modules;
using Cms.Core.Navigation;
using Cms.Core.Recipes;
using Cms.Core.Security;
using Cms.Core.Settings;
using Cms.Core.Setup;
using Cms.Core.Work;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.WebEncoders;

namespace Cms.Core;

/// <summary>Composes the CMS host: modules, storage, security, localization, health, first-run setup.</summary>
public static partial class CmsHostExtensions
{
    /// <summary>
    /// Adds the CMS and every module found among the application's project references.
    /// <typeparamref name="TSqlite"/> and <typeparamref name="TPostgres"/> are the host's provider-specific
    /// contexts, which carry each provider's migrations.
    /// </summary>
    public static WebApplicationBuilder AddCms<TSqlite, TPostgres>(this WebApplicationBuilder builder, Assembly applicationAssembly)
        where TSqlite : LtkDbContext
        where TPostgres : LtkDbContext
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        // Serve the modules' and theme's wwwroot from the build output in every environment, not only Development
        // (a no-op when running from published output, where the files are copied).
        builder.WebHost.UseStaticWebAssets();

        var additional = (configuration["Cms:AdditionalModules"] ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var catalog = ModuleCatalog.Discover(applicationAssembly, additional);
        services.AddSingleton(catalog);
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        // Modules add their policies (Cms.Contents: published pages); the middleware needs the services either way.
        services.AddOutputCache();
        services.AddOptions<EarlyPageCacheOptions>();
        services.AddSingleton<EarlyPageCache>();

        AddStorage<TSqlite, TPostgres>(builder);
        AddSecurity(services, configuration);
        services.AddLocalization();
        // Keep æ, ø and å readable in the HTML instead of numeric character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddOptions<RequestLocalizationOptions>().Configure<IServiceScopeFactory>(ConfigureCultures);

        // The host's own addresses; modules reserve theirs in their Startup.
        services.AddReservedPaths("health", "_content", "_framework", "favicon.svg", "favicon.ico");
        services.AddSingleton<SiteTimeZone>();
        services.AddScoped<SiteSettingsService>();
        services.AddScoped<AuditTrailService>();
        services.AddSingleton<AuditTrailCategories>();
        services.AddHttpContextAccessor();
        services.AddScoped<RecipeExecutor>();
        services.AddRecipeStep<SettingsRecipeStep>();
        services.AddEventHandler<SiteSettingsChanged, SiteSettingsCacheHandler>();
        services.AddRecipeStep<RolesRecipeStep>();
        services.AddScoped<RoleRecipeLog>();
        services.AddScoped<ModuleStateService>();
        services.AddScoped<SetupService>();
        services.AddScoped<AdminMenuService>();
        services.Configure<SetupOptions>(configuration.GetSection("Setup"));
        services.PostConfigure<SetupOptions>(o => o.AdminPassword ??= configuration["LTK_ADMIN_PASSWORD"]);

        services.AddSharedHealthCheck<DatabaseHealthCheck>("database");
        services.AddWorkQueue(configuration);

        var mvc = services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                // Forms validate explicitly with localized messages; no English "field is required" duplicates.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        foreach (var module in catalog.Modules)
        {
            mvc.PartManager.ApplicationParts.Add(new Microsoft.AspNetCore.Mvc.ApplicationParts.AssemblyPart(module.Assembly));
            // Its Razor views too: a module the host does not reference (Cms:AdditionalModules) is not found otherwise.
            mvc.PartManager.ApplicationParts.Add(new Microsoft.AspNetCore.Mvc.ApplicationParts.CompiledRazorAssemblyPart(module.Assembly));
        }

        DeduplicateApplicationParts(mvc);

        var startups = new List<ModuleStartup>();
        foreach (var startupType in catalog.StartupsToRun())
        {
            var startup = ModuleStartup.Create(startupType, configuration);
            startup.ConfigureServices(services);
            startups.Add(startup);
        }

        services.AddSingleton<IReadOnlyList<ModuleStartup>>(startups);
        return builder;
    }

    private static void DeduplicateApplicationParts(IMvcBuilder mvc)
    {
        var parts = mvc.PartManager.ApplicationParts;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Count; i++)
        {
            if (!seen.Add(parts[i].GetType().FullName + "|" + parts[i].Name))
            {
                parts.RemoveAt(i--);
            }
        }
    }

    private static void AddStorage<TSqlite, TPostgres>(WebApplicationBuilder builder)
        where TSqlite : LtkDbContext
        where TPostgres : LtkDbContext
    {
        var configuration = builder.Configuration;
        var options = new DatabaseOptions
        {
            Provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite),
            ConnectionString = configuration.GetConnectionString("Default") ?? "",
        };

        if (options.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            options.ConnectionString = $"Data Source={Path.Combine(builder.Environment.ContentRootPath, "App_Data", "ltk.db")}";
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Default is not set.");
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddScoped<DatabaseInitializer>();
        builder.Services.AddSingleton<AfterCommitInterceptor>();
        builder.Services.AddScoped<IEventPublisher, EventPublisher>();
        // The options are built once: they hold only singletons, and building them per request (every page makes a
        // context, most never query) was a tenth of a rendered page's time.
        if (options.Provider == DatabaseProvider.Postgres)
        {
            builder.Services.AddDbContext<LtkDbContext, TPostgres>((sp, o) => o.UseNpgsql(options.ConnectionString).AddInterceptors(sp.GetRequiredService<AfterCommitInterceptor>()),
                optionsLifetime: ServiceLifetime.Singleton);
        }
        else
        {
            builder.Services.AddDbContext<LtkDbContext, TSqlite>((sp, o) => o.UseSqlite(options.ConnectionString).AddInterceptors(sp.GetRequiredService<AfterCommitInterceptor>()),
                optionsLifetime: ServiceLifetime.Singleton);
        }
    }

    private static void AddSecurity(IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<CmsUser, CmsRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<LtkDbContext>()
            .AddUserValidator<ReservedUserNameValidator>()
            .AddDefaultTokenProviders();

        // A role or permission change reaches signed-in users within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/access-denied";
            o.Cookie.Name = "ltk.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = ValidateSecurityStampWhenDueAsync;
        });
        // After the cookie handler's own set-up, which makes the encrypting format.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
            o.TicketDataFormat = new RememberedTicketFormat(o.TicketDataFormat
                ?? throw new InvalidOperationException("The sign-in cookie has no ticket format to wrap.")));

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "ltk.af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddDataProtection()
            .SetApplicationName("LtkSite")
            .PersistKeysToDbContext<LtkDbContext>();

        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddPermissionProvider<CorePermissions>();
        services.AddSingleton<PermissionCatalog>();

        // Modules add their policies (services.AddRateLimitPolicy); the middleware needs the services either way.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                // The status code page explains it; Retry-After tells clients and proxies when to come back.
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
        });

        services.Configure<ForwardedHeadersOptions>(o =>
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
    }

    /// <summary>
    /// Identity's security stamp check reads the user once per validation interval, but building it (a sign-in manager,
    /// a user manager, a database context) on every signed-in request only to learn that no check is due cost more
    /// than the rest of the authentication. Ask it only when a check is due, by the same rule it applies.
    /// </summary>
    private static Task ValidateSecurityStampWhenDueAsync(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return context.Properties.IssuedUtc is not { } issued || now - issued > options.ValidationInterval
            ? SecurityStampValidator.ValidatePrincipalAsync(context)
            : Task.CompletedTask;
    }

    private static void ConfigureCultures(RequestLocalizationOptions options, IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        var settings = scope.ServiceProvider.GetRequiredService<SiteSettingsService>().GetAsync().GetAwaiter().GetResult();
        var cultures = settings.SupportedCultures.Select(CultureInfo.GetCultureInfo).ToList();
        if (cultures.Count == 0)
        {
            cultures.Add(DanishCulture.Culture);
        }

        options.DefaultRequestCulture = new RequestCulture(settings.DefaultCulture);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
    }

    /// <summary>Migrates the database, runs first-run setup on an empty site and enables modules added since the last start.</summary>
    public static async Task InitializeCmsAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);

        var setup = services.GetRequiredService<SetupService>();
        if (!await setup.IsSetUpAsync(cancellationToken))
        {
            await setup.RunAsync(cancellationToken);
        }
        else
        {
            await services.GetRequiredService<ModuleStateService>().EnableNewModulesAsync(cancellationToken);
        }

        // Reading the settings sets the site's time zone before the first page shows a time.
        await services.GetRequiredService<SiteSettingsService>().GetAsync(cancellationToken);
    }

    /// <summary>The request pipeline and the endpoints of the core and every module.</summary>
    public static WebApplication UseCms(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // Cached public pages for visitors without a cookie, before everything else a request passes through.
        app.UseMiddleware<EarlyPageCacheMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use(SecurityHeadersAsync);
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseMiddleware<CredentialedAuthenticationMiddleware>();
        // Without the mark, the host would put the framework's own authentication in front of the whole pipeline.
        ((IApplicationBuilder)app).Properties[CredentialedAuthenticationMiddleware.AuthenticationSetKey] = true;
        app.Use(AdminGateAsync);
        app.UseAuthorization();
        // After authentication, so a signed-in user is known, and after routing, so endpoints name their policy.
        app.UseOutputCache();
        app.UseRateLimiter();

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapStaticAssets();
        app.MapControllers().WithStaticAssets();
        foreach (var startup in app.Services.GetRequiredService<IReadOnlyList<ModuleStartup>>())
        {
            startup.MapEndpoints(app);
        }

        return app;
    }

    private static Task SecurityHeadersAsync(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.ContentSecurityPolicy =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
        return next();
    }

    /// <summary>
    /// A baseline under the actions' own <see cref="RequirePermissionAttribute"/>: everything under /admin, even an
    /// address no action answers, needs a signed-in user who may open the admin area.
    /// </summary>
    private static async Task AdminGateAsync(HttpContext context, Func<Task> next)
    {
        if (context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync();
                return;
            }

            if (!context.User.HasPermission(CorePermissions.AccessAdminPanel))
            {
                await context.ForbidAsync();
                return;
            }
        }

        await next();
    }
}
