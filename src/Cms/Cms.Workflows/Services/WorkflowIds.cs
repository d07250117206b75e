using System.Security.Cryptography;

namespace Cms.Workflows.Services;

/// <summary>Ids of instances: 26 random characters of the same alphabet as content ids, safe in a URL.</summary>
public static class WorkflowIds
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 26);
}
