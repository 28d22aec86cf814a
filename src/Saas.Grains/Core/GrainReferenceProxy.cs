using System.Collections.Concurrent;
using System.Reflection;
using Saas.Grains.Hosting;

namespace Saas.Grains.Core;

/// <summary>
/// The object behind a grain interface reference: each call is queued as a turn on the grain's activation.
/// Grain interface methods return Task or Task&lt;T&gt;.
/// </summary>
public class GrainReferenceProxy : DispatchProxy
{
    private static readonly ConcurrentDictionary<MethodInfo, Func<GrainRuntime, GrainId, MethodInfo, object?[]?, object>> Invokers = new();

    private static readonly MethodInfo TypedInvoke =
        typeof(GrainReferenceProxy).GetMethod(nameof(InvokeTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    internal GrainRuntime Runtime { get; set; } = null!;

    internal GrainId Id { get; set; }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return Invokers.GetOrAdd(targetMethod, CreateInvoker)(Runtime, Id, targetMethod, args);
    }

    private static Func<GrainRuntime, GrainId, MethodInfo, object?[]?, object> CreateInvoker(MethodInfo method)
    {
        var returnType = method.ReturnType;
        if (returnType == typeof(Task))
        {
            return (runtime, id, m, args) => runtime.InvokeAsync<bool>(id, async grain =>
            {
                await (Task)Call(m, grain, args);
                return true;
            });
        }
        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return TypedInvoke.MakeGenericMethod(returnType.GetGenericArguments()[0])
                .CreateDelegate<Func<GrainRuntime, GrainId, MethodInfo, object?[]?, object>>();
        }
        throw new NotSupportedException($"Grain method {method.DeclaringType?.Name}.{method.Name} must return Task or Task<T>.");
    }

    private static object InvokeTyped<T>(GrainRuntime runtime, GrainId id, MethodInfo method, object?[]? args) =>
        runtime.InvokeAsync(id, grain => (Task<T>)Call(method, grain, args));

    /// <summary>Calls the grain method; an exception it throws before returning its task reaches the caller unwrapped.</summary>
    private static object Call(MethodInfo method, Grain grain, object?[]? args) =>
        method.Invoke(grain, BindingFlags.DoNotWrapExceptions, binder: null, args, culture: null)!;
}
