using Cms.Core.Modules;

namespace LtkSite.Tests.Unit;

public sealed class ModuleOrderingTests
{
    private static ModuleDescriptor Module(string id, params string[] dependencies) =>
        new(new ModuleAttribute { Id = id, Name = id, Dependencies = dependencies }, typeof(ModuleOrderingTests).Assembly, null);

    [Fact]
    public void Every_module_comes_after_its_dependencies()
    {
        var ordered = ModuleCatalog.Order([Module("Grants", "Meetings", "Forms"), Module("Prize", "Meetings"), Module("Meetings", "Forms"), Module("Forms")]);

        var ids = ordered.Select(m => m.Id).ToList();
        Assert.Equal(["Forms", "Meetings", "Grants", "Prize"], ids);
    }

    [Fact]
    public void A_missing_dependency_stops_start_up_naming_both_modules()
    {
        var error = Assert.Throws<ModuleLoadException>(() => ModuleCatalog.Order([Module("Grants", "Meetings"), Module("Prize")]));

        Assert.Contains("'Grants' needs 'Meetings'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dependency_cycle_stops_start_up_naming_the_cycle()
    {
        var error = Assert.Throws<ModuleLoadException>(() => ModuleCatalog.Order([Module("A", "B"), Module("B", "C"), Module("C", "A"), Module("D")]));

        Assert.Contains("A -> B -> C -> A", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_modules_with_one_id_stop_start_up()
    {
        var error = Assert.Throws<ModuleLoadException>(() => ModuleCatalog.Order([Module("A"), Module("A")]));

        Assert.Contains("'A'", error.Message, StringComparison.Ordinal);
    }
}
