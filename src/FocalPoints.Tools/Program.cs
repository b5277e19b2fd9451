using FocalPoints.Tools;

return await ToolsCommand.RunAsync(args);
