// The tests wait on timers and background loops; on a small machine they are steadier one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
