using FocalPoints.SelfHost;

return await SelfHostCommand.RunAsync(args);
