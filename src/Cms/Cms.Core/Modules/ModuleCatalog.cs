using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace Cms.Core.Modules;

/// <summary>
/// The modules of this site, in dependency order (a module comes after everything it depends on).
/// </summary>
public sealed class ModuleCatalog
{
    private ModuleCatalog(IReadOnlyList<ModuleDescriptor> modules)
    {
        Modules = modules;
    }

    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    public ModuleDescriptor? Find(string id) => Modules.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// Finds the modules among the project libraries the application was built with (its deps.json),
    /// so that referencing a module project is all it takes to add it to the site, plus the assemblies named
    /// in <paramref name="additionalAssemblies"/> (setting <c>Cms:AdditionalModules</c>: a module deployed beside
    /// the host, or a test's own module).
    /// </summary>
    public static ModuleCatalog Discover(Assembly applicationAssembly, IEnumerable<string>? additionalAssemblies = null)
    {
        var context = DependencyContext.Load(applicationAssembly) ?? DependencyContext.Default;
        var assemblies = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        if (context is not null)
        {
            foreach (var library in context.RuntimeLibraries)
            {
                if (!string.Equals(library.Type, "project", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                foreach (var name in library.GetDefaultAssemblyNames(context))
                {
                    try
                    {
                        var assembly = Assembly.Load(name);
                        assemblies.TryAdd(assembly.FullName ?? name.FullName, assembly);
                    }
                    catch (FileNotFoundException)
                    {
                        // A design-time or test-only project without an assembly on disk: not a module.
                    }
                }
            }
        }

        foreach (var name in additionalAssemblies ?? [])
        {
            var assembly = Assembly.Load(name);
            assemblies.TryAdd(assembly.FullName ?? name, assembly);
        }

        return FromAssemblies(assemblies.Values);
    }

    public static ModuleCatalog FromAssemblies(IEnumerable<Assembly> assemblies)
    {
        var modules = new List<ModuleDescriptor>();
        foreach (var assembly in assemblies)
        {
            var manifest = assembly.GetCustomAttribute<ModuleAttribute>();
            if (manifest is null)
            {
                continue;
            }

            var startups = assembly.GetExportedTypes()
                .Where(t => t.IsClass && !t.IsAbstract && typeof(ModuleStartup).IsAssignableFrom(t))
                .ToList();
            var primary = startups.Where(t => t.GetCustomAttributes(typeof(RequireFeaturesAttribute), false).Length == 0).ToList();
            if (primary.Count > 1)
            {
                throw new ModuleLoadException(
                    $"Module '{manifest.Id}' has {primary.Count} start-up classes ({string.Join(", ", primary.Select(s => s.FullName))}); a module has one, and any other is marked [RequireFeatures(...)].");
            }

            var optional = startups.Except(primary)
                .Select(t => new OptionalStartup(t, ((RequireFeaturesAttribute)t.GetCustomAttributes(typeof(RequireFeaturesAttribute), false)[0]).ModuleIds))
                .OrderBy(o => o.StartupType.FullName, StringComparer.Ordinal)
                .ToList();
            modules.Add(new ModuleDescriptor(manifest, assembly, primary.SingleOrDefault(), optional));
        }

        return new ModuleCatalog(Order(modules));
    }

    /// <summary>
    /// The start-up classes to run, in order: every module's own, in dependency order, then the optional
    /// integrations whose required modules are all present (after them, so they can build on what those register).
    /// </summary>
    public IReadOnlyList<Type> StartupsToRun()
    {
        var present = Modules.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        return Modules.Where(m => m.StartupType is not null).Select(m => m.StartupType!)
            .Concat(Modules.SelectMany(m => m.OptionalStartups).Where(o => o.RequiredModules.All(present.Contains)).Select(o => o.StartupType))
            .ToList();
    }

    /// <summary>Whether an optional start-up class of a module runs on this site (for the modules page).</summary>
    public bool IsActive(OptionalStartup startup) => startup.RequiredModules.All(id => Find(id) is not null);

    /// <summary>
    /// Orders modules so each comes after its dependencies; ties keep a stable, alphabetical order.
    /// Throws with the names involved when a dependency is missing or the dependencies form a cycle.
    /// </summary>
    public static IReadOnlyList<ModuleDescriptor> Order(IEnumerable<ModuleDescriptor> modules)
    {
        var byId = new Dictionary<string, ModuleDescriptor>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            if (!byId.TryAdd(module.Id, module))
            {
                throw new ModuleLoadException($"Two modules share the id '{module.Id}'.");
            }
        }

        var missing = byId.Values
            .SelectMany(m => m.Dependencies.Where(d => !byId.ContainsKey(d)).Select(d => $"'{m.Id}' needs '{d}'"))
            .ToList();
        if (missing.Count > 0)
        {
            throw new ModuleLoadException($"Missing module dependencies: {string.Join("; ", missing)}.");
        }

        var ordered = new List<ModuleDescriptor>(byId.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = visiting, true = done
        var path = new Stack<string>();

        void Visit(ModuleDescriptor module)
        {
            if (state.TryGetValue(module.Id, out var done))
            {
                if (!done)
                {
                    var cycle = path.Reverse().SkipWhile(id => id != module.Id).Append(module.Id);
                    throw new ModuleLoadException($"Module dependency cycle: {string.Join(" -> ", cycle)}.");
                }

                return;
            }

            state[module.Id] = false;
            path.Push(module.Id);
            foreach (var dependency in module.Dependencies.Order(StringComparer.Ordinal))
            {
                Visit(byId[dependency]);
            }

            path.Pop();
            state[module.Id] = true;
            ordered.Add(module);
        }

        foreach (var module in byId.Values.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            Visit(module);
        }

        return ordered;
    }
}
