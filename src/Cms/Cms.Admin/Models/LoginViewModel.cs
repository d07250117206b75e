namespace Cms.Admin.Models;

public sealed class LoginViewModel
{
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
