using System.Security.Cryptography;
using Cms.Core.Data;
using Cms.Core.Modules;
using Cms.Core.Recipes;
using Cms.Core.Security;
using Cms.Core.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cms.Core.Setup;

/// <summary>
/// First-run setup: on a database whose site was never set up, runs the setup recipe, grants the modules'
/// default permissions and creates the <c>admin</c> user, all in one transaction. Setup is marked done as
/// the last act, so a failure leaves no half-made site and the next start tries again.
/// </summary>
public sealed partial class SetupService(
    LtkDbContext db,
    RecipeExecutor recipes,
    ModuleStateService moduleStates,
    SiteSettingsService siteSettings,
    UserManager<CmsUser> users,
    IOptions<SetupOptions> options,
    TimeProvider clock,
    ILogger<SetupService> logger)
{
    public Task<bool> IsSetUpAsync(CancellationToken cancellationToken = default) =>
        db.SiteSettings.AnyAsync(s => s.SetupCompletedUtc != null, cancellationToken);

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var setup = options.Value;
        var recipePath = Path.IsPathRooted(setup.RecipePath) ? setup.RecipePath : Path.Combine(AppContext.BaseDirectory, setup.RecipePath);
        LogSetupStarting(logger, recipePath);

        string? generatedPassword = null;
        await using var transaction = await db.BeginUnitOfWorkAsync(cancellationToken);
        try
        {
            var recipe = await Recipe.LoadAsync(recipePath, cancellationToken);
            await recipes.ExecuteAsync(recipe, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);

            await moduleStates.EnableNewModulesAsync(cancellationToken);

            var password = setup.AdminPassword;
            if (string.IsNullOrEmpty(password))
            {
                password = generatedPassword = GeneratePassword();
            }

            var admin = new CmsUser(setup.AdminUserName)
            {
                Email = setup.AdminEmail,
                EmailConfirmed = true,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };
            Ensure(await users.CreateAsync(admin, password), "create the admin user");
            Ensure(await users.AddToRoleAsync(admin, CmsRoles.Administrator), "make admin an Administrator");

            var settings = await siteSettings.LoadForUpdateAsync(cancellationToken);
            settings.SetupCompletedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (RecipeException ex)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            LogSetupFailed(logger, ex.StepName ?? "(recipe)", ex.Message);
            throw new SetupException($"Setup aborted; nothing was kept. {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            LogSetupFailed(logger, "(setup)", ex.Message);
            throw new SetupException($"Setup aborted; nothing was kept. {ex.Message}", ex);
        }

        siteSettings.Invalidate();
        if (generatedPassword is not null)
        {
            // Printed once, never stored in clear: the operator must note it or set LTK_ADMIN_PASSWORD.
            LogGeneratedPassword(logger, setup.AdminUserName, generatedPassword);
        }

        LogSetupDone(logger);
    }

    /// <summary>20 characters from an unambiguous alphabet, with upper, lower and digit guaranteed.</summary>
    private static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnopqrstuvwxyz";
        const string digits = "23456789";
        const string all = upper + lower + digits;
        var chars = new char[20];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "First-run setup: running recipe {RecipePath}")]
    private static partial void LogSetupStarting(ILogger logger, string recipePath);

    [LoggerMessage(Level = LogLevel.Critical, Message = "First-run setup aborted at step {Step}: {Reason}. Nothing was kept; the next start tries again.")]
    private static partial void LogSetupFailed(ILogger logger, string step, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "First-run setup created user '{UserName}' with the generated password {Password} — note it now, it is not shown again (set LTK_ADMIN_PASSWORD to choose it).")]
    private static partial void LogGeneratedPassword(ILogger logger, string userName, string password);

    [LoggerMessage(Level = LogLevel.Information, Message = "First-run setup done")]
    private static partial void LogSetupDone(ILogger logger);
}
