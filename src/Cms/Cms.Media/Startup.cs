using Cms.Contents;
using Cms.Contents.Parts;
using Cms.Core.Modules;
using Cms.Media.Fields;
using Cms.Media.Localization;
using Cms.Media.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Media;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddReservedPaths("media");
        services.AddAuditTrailCategory<MediaStrings>("Media", "Media library");
        services.Configure<MediaOptions>(Configuration.GetSection("Media"));
        services.AddSingleton<IMediaFileStore, FileSystemMediaFileStore>();
        services.AddSingleton<MediaVariants>();
        services.AddScoped<MediaLibrary>();
        services.AddContentField<MediaFieldDriver>();
        services.AddContentFieldSettings<MediaFieldSettingsEditor>();
        services.AddScoped<IImagePicker, MediaImagePicker>();
    }
}
