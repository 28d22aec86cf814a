using Saas.Server.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddSaas();
var app = builder.Build();
app.UseSaas();
app.Run();

/// <summary>The entry point, public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
