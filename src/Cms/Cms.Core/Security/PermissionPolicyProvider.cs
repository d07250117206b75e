using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Cms.Core.Security;

/// <summary>
/// Builds the policy behind <see cref="RequirePermissionAttribute"/>: a signed-in user who may open the admin
/// area and holds the named permission. Other policy names go to the default provider.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionCatalog catalog) : IAuthorizationPolicyProvider
{
    private readonly DefaultAuthorizationPolicyProvider _fallback = new(options);
    private readonly ConcurrentDictionary<string, AuthorizationPolicy> _policies = new(StringComparer.Ordinal);

    public Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(RequirePermissionAttribute.PolicyPrefix, StringComparison.Ordinal))
        {
            return _fallback.GetPolicyAsync(policyName);
        }

        return Task.FromResult<AuthorizationPolicy?>(_policies.GetOrAdd(policyName, Build));
    }

    public Task<AuthorizationPolicy> GetDefaultPolicyAsync() => _fallback.GetDefaultPolicyAsync();

    public Task<AuthorizationPolicy?> GetFallbackPolicyAsync() => _fallback.GetFallbackPolicyAsync();

    private AuthorizationPolicy Build(string policyName)
    {
        var name = policyName[RequirePermissionAttribute.PolicyPrefix.Length..];

        // Fail closed: a misspelt name refuses the request loudly instead of letting everybody in.
        var permission = catalog.Find(name)
            ?? throw new InvalidOperationException($"[RequirePermission(\"{name}\")]: no module declares the permission '{name}'.");

        // Holding a permission without the right to open the admin area grants nothing there.
        var builder = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(CorePermissions.AccessAdminPanel));
        if (permission.Name != CorePermissions.AccessAdminPanel.Name)
        {
            builder.AddRequirements(new PermissionRequirement(permission));
        }

        return builder.Build();
    }
}
