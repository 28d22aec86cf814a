using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Saas.Server.Features.Identity;

namespace Saas.Server.Tests.Imports;

/// <summary>Uploads, starts and follows imports as the SPA does.</summary>
public static class ImportsApi
{
    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Imports", "Fixtures", name));

    public static async Task<HttpResponseMessage> UploadAsync(BrowserSession owner, string? kind, byte[] file, string fileName = "history.csv")
    {
        var token = await owner.FetchAntiforgeryAsync();
        var query = kind is null ? $"?fileName={fileName}" : $"?kind={kind}&fileName={fileName}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports" + query) { Content = new ByteArrayContent(file) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        request.Headers.Add(AntiforgeryCheck.HeaderName, token);
        return await owner.Http.SendAsync(request);
    }

    public static async Task<JsonElement> UploadedAsync(BrowserSession owner, string kind, byte[] file)
    {
        using var response = await UploadAsync(owner, kind, file);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await HttpJson.ReadAsync(response);
    }

    /// <summary>Starts the import with the proposed mapping and waits for it to finish.</summary>
    public static async Task<JsonElement> ImportAsync(BrowserSession owner, JsonElement uploaded)
    {
        var id = uploaded.GetProperty("id").GetString()!;
        var mapping = uploaded.GetProperty("mapping").Deserialize<Dictionary<string, int>>();
        using (var started = await owner.SendAsync(HttpMethod.Post, $"/api/v1/imports/{id}/start", new { mapping }))
        {
            Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        }
        return await Eventually.UntilAsync(() => owner.GetJsonAsync($"/api/v1/imports/{id}"),
            i => i.GetProperty("state").GetString() is "completed" or "failed", $"import {id} to finish");
    }

    public static async Task<JsonElement> UploadAndImportAsync(BrowserSession owner, string kind, byte[] file) =>
        await ImportAsync(owner, await UploadedAsync(owner, kind, file));
}
