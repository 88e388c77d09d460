using System.CommandLine;

var root = new RootCommand("Storyline: news articles into events, timelines and storylines.");
return root.Parse(args).Invoke();
