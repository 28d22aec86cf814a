using Microsoft.Extensions.Options;

namespace Saas.Server.Infrastructure.Mail;

/// <summary>
/// Links mailed to users. Secrets go in the fragment (after '#'), which browsers never send to a server, so
/// tokens do not end up in access logs; the SPA page reads them from there.
/// </summary>
public sealed class AccountLinks(IOptions<MailOptions> options)
{
    public string To(string page, params (string Name, string Value)[] secrets)
    {
        var url = $"{options.Value.PublicUrl.TrimEnd('/')}/{page}";
        return secrets.Length == 0 ? url : url + "#" + string.Join('&', secrets.Select(s => $"{s.Name}={Uri.EscapeDataString(s.Value)}"));
    }
}
