using Storyline.Cli;

return StorylineCli.Run(args, Console.Out, Console.Error);
