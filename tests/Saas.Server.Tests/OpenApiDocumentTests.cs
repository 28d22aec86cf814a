using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class OpenApiDocumentTests(ServerFixture server)
{
    /// <summary>Set to 1 to write the server's document over the committed one (then commit it and regenerate the SPA's types).</summary>
    private const string UpdateVariable = "SAAS_UPDATE_OPENAPI";

    [Fact]
    public async Task The_document_lists_the_public_endpoints()
    {
        var paths = (await ServedDocumentAsync())["paths"]!.AsObject();

        Assert.Contains("/api/v1/orders", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/auth/login", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/segments/counts", paths.Select(p => p.Key));
    }

    /// <summary>The SPA's API types are generated from client-app/openapi/v1.json: it must be what the server serves.</summary>
    [Fact]
    public async Task The_committed_document_the_spa_is_generated_from_matches_the_server()
    {
        var served = await ServedDocumentAsync();
        var committedPath = Path.Combine(RepositoryRoot(), "client-app", "openapi", "v1.json");
        var committed = Normalize(JsonNode.Parse(await File.ReadAllTextAsync(committedPath))!.AsObject());

        if (JsonNode.DeepEquals(served, committed)) return;
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            await File.WriteAllTextAsync(committedPath, served.ToJsonString(options) + "\n");
            return;
        }
        Assert.Fail($"{committedPath} differs from GET /openapi/v1.json ({Differences(served, committed)}). " +
                    $"Run `{UpdateVariable}=1 dotnet test tests/Saas.Server.Tests`, then `npm run gen:api` in client-app, and commit both.");
    }

    private async Task<JsonObject> ServedDocumentAsync()
    {
        using var http = server.CreateDefaultClient();
        using var response = await http.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Normalize(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>"servers" names the host that served the document, so it is not part of the contract.</summary>
    private static JsonObject Normalize(JsonObject document)
    {
        document.Remove("servers");
        return document;
    }

    private static string Differences(JsonObject served, JsonObject committed)
    {
        var differing = new List<string>();
        foreach (var section in new[] { "paths", "components" })
        {
            var left = served[section] as JsonObject ?? [];
            var right = committed[section] as JsonObject ?? [];
            foreach (var key in left.Select(p => p.Key).Union(right.Select(p => p.Key)).Order(StringComparer.Ordinal))
            {
                if (!JsonNode.DeepEquals(left[key], right[key])) differing.Add($"{section}/{key}");
            }
        }
        var other = served.Select(p => p.Key).Union(committed.Select(p => p.Key))
            .Where(k => k is not ("paths" or "components") && !JsonNode.DeepEquals(served[k], committed[k]));
        differing.AddRange(other);
        return differing.Count == 0 ? "property order only" : "differing: " + string.Join(", ", differing);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Saas.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Saas.sln above {AppContext.BaseDirectory}.");
    }
}
