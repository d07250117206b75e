using Cms.Contents.Editors;
using Cms.Core.Modules;
using Cms.Workflows.Activities;
using Cms.Workflows.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Contents.Workflows;

/// <summary>The content events and tasks of workflows; runs only when the workflow module is part of the site.</summary>
[RequireFeatures("Cms.Workflows")]
public sealed class ContentWorkflowsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddActivity<ContentCreatedEvent>();
        services.AddActivity<ContentUpdatedEvent>();
        services.AddActivity<ContentPublishedEvent>();
        services.AddActivity<ContentUnpublishedEvent>();
        services.AddActivity<ContentDeletedEvent>();
        services.AddActivity<PublishContentTask>();
        services.AddActivity<UpdateContentFieldTask>();
        services.AddActivitySettingOptions<ContentTypeSettingOptions>();
        services.AddEventHandlers<ContentWorkflowEventHandler>();
        services.AddContentEditorPanel<ContentTasksPanelProvider>();
        services.AddScoped<ITaskSubjectProvider, ContentTaskSubjectProvider>();
    }
}
