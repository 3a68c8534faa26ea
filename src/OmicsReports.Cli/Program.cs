using System.CommandLine;
using OmicsReports.Cli.Commands;

var root = new RootCommand("omics: import multi-omic results, distil them into reports, and administer OmicsReports.");
root.Subcommands.Add(DatabaseCommands.Create());
root.Subcommands.Add(UserCommands.Create());
root.Subcommands.Add(ClientCommands.Create());
root.Subcommands.Add(AuditCommands.Create());
root.Subcommands.Add(ReportCommand.Create());
root.Subcommands.Add(KnowledgeCommands.Create());
return await root.Parse(args).InvokeAsync();
