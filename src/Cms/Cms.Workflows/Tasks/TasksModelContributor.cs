using Cms.Core.Data;
using Cms.Workflows.Models;
using Microsoft.EntityFrameworkCore;

namespace Cms.Workflows.Tasks;

/// <summary>The task inbox's tables: the tasks, the roles each is for, and each task's history.</summary>
public sealed class TasksModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkflowTask>(e =>
        {
            e.ToTable("WorkflowTasks");
            e.HasKey(t => t.Id);
            e.Property(t => t.TaskId).HasMaxLength(26);
            e.HasIndex(t => t.TaskId).IsUnique();
            e.Property(t => t.WorkflowId).HasMaxLength(26);
            e.Property(t => t.WorkflowTypeId).HasMaxLength(100);
            e.Property(t => t.ActivityId).HasMaxLength(100);
            e.Property(t => t.CorrelationId).HasMaxLength(200);
            e.Property(t => t.ContentItemId).HasMaxLength(26);
            e.Property(t => t.Title).HasMaxLength(500);
            e.Property(t => t.Roles).HasMaxLength(1000);
            e.Property(t => t.Actions).HasMaxLength(2000);
            e.Property(t => t.CommentRequired).HasMaxLength(2000);
            e.Property(t => t.Assignee).HasMaxLength(256);
            e.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.Outcome).HasMaxLength(100);
            e.Property(t => t.CompletedBy).HasMaxLength(256);
            e.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
            e.Ignore(t => t.ActionList);
            e.Ignore(t => t.RoleList);
            e.HasOne<WorkflowInstance>().WithMany().HasPrincipalKey(i => i.WorkflowId).HasForeignKey(t => t.WorkflowId).OnDelete(DeleteBehavior.Cascade);
            // One task per execution of an activity: a run repeated after a lost race cannot leave two.
            e.HasIndex(t => new { t.WorkflowId, t.ActivityId, t.Execution }).IsUnique();
            e.HasIndex(t => new { t.Status, t.Assignee });
            e.HasIndex(t => new { t.Status, t.DueUtc });
            e.HasIndex(t => t.ContentItemId);
        });

        modelBuilder.Entity<WorkflowTaskRole>(e =>
        {
            e.ToTable("WorkflowTaskRoles");
            e.HasKey(r => r.Id);
            e.Property(r => r.TaskId).HasMaxLength(26);
            e.Property(r => r.Role).HasMaxLength(256);
            e.HasOne<WorkflowTask>().WithMany().HasPrincipalKey(t => t.TaskId).HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => new { r.TaskId, r.Role }).IsUnique();
            e.HasIndex(r => r.Role);
        });

        modelBuilder.Entity<WorkflowTaskEvent>(e =>
        {
            e.ToTable("WorkflowTaskHistory");
            e.HasKey(h => h.Id);
            e.Property(h => h.TaskId).HasMaxLength(26);
            e.Property(h => h.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(h => h.UserName).HasMaxLength(256);
            e.Property(h => h.Detail).HasMaxLength(256);
            e.Property(h => h.Comment).HasMaxLength(4000);
            e.HasOne<WorkflowTask>().WithMany().HasPrincipalKey(t => t.TaskId).HasForeignKey(h => h.TaskId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(h => new { h.TaskId, h.Id });
        });
    }
}
