using System.Globalization;
using Spectre.Console;

namespace ImagePipeline.Cli.Demo;

/// <summary>Prints one table per tenant: each original with its status, then its variants below it.</summary>
/// <remarks>Rejection reasons are long, so they follow the table rather than squeeze its columns.</remarks>
internal static class DemoReport
{
    public static void Render(IAnsiConsole console, IReadOnlyList<DemoTenantResult> results)
    {
        foreach (var result in results)
        {
            var table = new Table()
                .Border(TableBorder.Rounded)
                .Title($"Tenant {Markup.Escape(result.Tenant.Value)}")
                .AddColumn("Original / variant key")
                .AddColumn(new TableColumn("Size").RightAligned())
                .AddColumn("Dimensions")
                .AddColumn("Status / type");

            foreach (var original in result.Originals)
            {
                var color = original.Status == "Processed" ? Color.Green : Color.Yellow;
                table.AddRow(
                    Cell(original.Key),
                    Cell(Bytes(original.SizeBytes)),
                    Cell(original.Dimensions),
                    Cell(original.Status, color));
                foreach (var variant in original.Variants)
                {
                    table.AddRow(
                        Cell(variant.Key),
                        Cell(Bytes(variant.SizeBytes)),
                        Cell(variant.Dimensions),
                        Cell(variant.ContentType));
                }
            }

            console.Write(table);
            foreach (var rejected in result.Originals.Where(o => o.Reason is not null))
            {
                console.MarkupLineInterpolated($"  [yellow]{rejected.Key}[/] was rejected: {rejected.Reason}");
            }
        }
    }

    private static Text Cell(string text, Color? color = null) =>
        new(text, color is null ? Style.Plain : new Style(color));

    private static string Bytes(long size) => size < 1024
        ? size.ToString(CultureInfo.InvariantCulture) + " B"
        : (size / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB";
}
