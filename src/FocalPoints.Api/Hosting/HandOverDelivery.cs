using FocalPoints.Application.Strategies.HandOver;
using Microsoft.Extensions.Hosting;

namespace FocalPoints.Api.Hosting;

/// <summary>Runs the <see cref="HandOverDispatcher"/>'s delivery loop for as long as the host runs (both hosts).</summary>
public sealed class HandOverDelivery(HandOverDispatcher dispatcher) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => dispatcher.RunAsync(stoppingToken);
}
