using Cms.Contents.Models;

namespace Council.Grants.Models;

/// <summary>
/// GrantPoolPart: no data of its own. On the grant page it shows what is left in this year's pool, when the
/// secretariat has ticked "Vis restbeløb på siden" on the pool page.
/// </summary>
public sealed class GrantPoolPart : ContentPart;
