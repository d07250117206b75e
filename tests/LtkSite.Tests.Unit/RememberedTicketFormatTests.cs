using System.Security.Claims;
using Cms.Core.Security;
using Microsoft.AspNetCore.Authentication;

namespace LtkSite.Tests.Unit;

/// <summary>The sign-in cookie's format decrypts a value once a minute at most, and never trusts one that did not decrypt.</summary>
public sealed class RememberedTicketFormatTests
{
    [Fact]
    public void A_cookie_read_again_is_not_decrypted_again_and_each_request_gets_its_own_copy()
    {
        var inner = new CountingFormat();
        var format = new RememberedTicketFormat(inner);

        var first = format.Unprotect("valid");
        var second = format.Unprotect("valid");

        Assert.Equal(1, inner.Reads);
        Assert.Equal("editor", second!.Principal.Identity!.Name);
        // A handler that changes its ticket (a renewal, a refreshed principal) changes nothing for the next request.
        first!.Properties.Items["changed"] = "yes";
        ((ClaimsIdentity)first.Principal.Identity!).AddClaim(new Claim("added", "yes"));
        var third = format.Unprotect("valid")!;
        Assert.False(third.Properties.Items.ContainsKey("changed"));
        Assert.Null(third.Principal.FindFirst("added"));
        Assert.NotSame(second, third);
    }

    [Fact]
    public void A_value_that_does_not_decrypt_is_refused_every_time()
    {
        var inner = new CountingFormat();
        var format = new RememberedTicketFormat(inner);

        Assert.Null(format.Unprotect("forged"));
        Assert.Null(format.Unprotect("forged"));
        Assert.Equal(2, inner.Reads);
    }

    /// <summary>Decrypts only the value "valid", counting every read.</summary>
    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        public int Reads { get; private set; }

        public string Protect(AuthenticationTicket data) => "valid";

        public string Protect(AuthenticationTicket data, string? purpose) => "valid";

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Reads++;
            return protectedText == "valid"
                ? new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "editor")], "Identity.Application")), "Identity.Application")
                : null;
        }
    }
}
