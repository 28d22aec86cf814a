namespace Saas.Grains.Core;

/// <summary>Gets references to grains by interface and key; calls through a reference run as turns.</summary>
public interface IGrainFactory
{
    TGrainInterface GetGrain<TGrainInterface>(string key) where TGrainInterface : class;
}
