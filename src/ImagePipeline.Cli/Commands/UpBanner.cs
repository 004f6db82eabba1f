using ImagePipeline.LocalCloud.Hosting;
using Spectre.Console;

namespace ImagePipeline.Cli.Commands;

/// <summary>What <c>imagepipeline up</c> prints once the local cloud runs: where it is and how to use it.</summary>
internal static class UpBanner
{
    /// <summary>Writes the endpoint, names and copy-paste examples.</summary>
    public static void Write(IAnsiConsole console, LocalCloudHost cloud, string dataDirectory, string statePath)
    {
        var endpoint = cloud.Endpoint.ToString().TrimEnd('/');
        console.MarkupLine("[green]The local cloud is up.[/] Every request is checked against the template's IAM.");
        console.Write(SummaryGrid(cloud, endpoint, statePath));
        console.WriteLine();

        // Written raw, not through the console's renderer, so long commands are never wrapped mid-argument.
        var raw = console.Profile.Out.Writer;
        foreach (var line in ExampleLines(cloud, endpoint, dataDirectory))
        {
            raw.WriteLine(line);
        }

        raw.Flush();
    }

    private static Grid SummaryGrid(LocalCloudHost cloud, string endpoint, string statePath)
    {
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("[bold]endpoint[/]", Markup.Escape(endpoint));
        grid.AddRow("[bold]region[/]", Markup.Escape(cloud.Region));
        grid.AddRow("[bold]bucket[/]", Markup.Escape(cloud.Resources.BucketName));
        grid.AddRow("[bold]table[/]", Markup.Escape(cloud.Resources.TableName));
        grid.AddRow("[bold]audit trail[/]", Markup.Escape(cloud.AuditPath));
        grid.AddRow("[bold]dead letters[/]", Markup.Escape(cloud.DeadLetterPath));
        grid.AddRow("[bold]state[/]", Markup.Escape(statePath));
        return grid;
    }

    private static string[] ExampleLines(LocalCloudHost cloud, string endpoint, string dataDirectory)
    {
        var bucket = cloud.Resources.BucketName;
        var table = cloud.Resources.TableName;
        return
        [
            "# Credentials of a tenant user session (as the broker issues them):",
            $"eval \"$(imagepipeline creds --tenant alice --data {dataDirectory})\"",
            "",
            "# AWS CLI:",
            $"aws --endpoint-url {endpoint} s3 cp photo.jpg s3://{bucket}/originals/alice/photo.jpg",
            $"aws --endpoint-url {endpoint} s3 ls s3://{bucket}/processed/alice/",
            $"aws --endpoint-url {endpoint} dynamodb query --table-name {table} " +
                "--key-condition-expression 'PK = :pk' " +
                "--expression-attribute-values '{\":pk\":{\"S\":\"USER#alice\"}}'",
            "",
            "# AWS SDK for .NET:",
            $"var s3 = new AmazonS3Client(credentials, new AmazonS3Config {{ ServiceURL = \"{endpoint}\", " +
                "ForcePathStyle = true });",
            "var dynamo = new AmazonDynamoDBClient(credentials, " +
                $"new AmazonDynamoDBConfig {{ ServiceURL = \"{endpoint}\" }});",
            "",
            "# Every decision, filtered by tenant or decision:",
            $"imagepipeline audit --file {cloud.AuditPath} --tenant alice --decision ImplicitDeny",
            "",
            "# Press Ctrl-C to stop.",
        ];
    }
}
