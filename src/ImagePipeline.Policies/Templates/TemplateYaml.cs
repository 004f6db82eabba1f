using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ImagePipeline.Policies.Templates;

/// <summary>Reads CloudFormation YAML into JSON nodes, turning short forms such as <c>!Sub</c> long.</summary>
internal static class TemplateYaml
{
    /// <summary>Parses template text (YAML, or JSON, which is YAML too).</summary>
    /// <exception cref="TemplateException">The text is not YAML, or not a mapping.</exception>
    public static JsonObject Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new TemplateException(
                $"The template is not valid YAML at line {ex.Start.Line}, column {ex.Start.Column}: {ex.Message}",
                ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new TemplateException(
                "The template is empty or not a mapping; it must start with keys such as Resources.");
        }

        return (JsonObject)Convert(root);
    }

    private static JsonNode Convert(YamlNode node)
    {
        JsonNode value = node switch
        {
            YamlMappingNode mapping => ConvertMapping(mapping),
            YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
            YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? string.Empty),
            _ => throw new TemplateException($"Unsupported YAML node at line {node.Start.Line}; use plain YAML."),
        };
        return node.Tag.IsEmpty || node.Tag.Value is "tag:yaml.org,2002:str" ? value : ShortForm(node, value);
    }

    private static JsonObject ConvertMapping(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var (key, child) in mapping.Children)
        {
            var name = key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : key.ToString();
            if (result.ContainsKey(name))
            {
                throw new TemplateException($"Key '{name}' appears twice in one mapping at line {key.Start.Line}.");
            }

            result[name] = Convert(child);
        }

        return result;
    }

    private static JsonObject ShortForm(YamlNode node, JsonNode value)
    {
        var tag = node.Tag.Value.TrimStart('!');
        switch (tag)
        {
            case "Ref":
            case "Condition":
                return new JsonObject { [tag] = value };
            case "GetAtt" when value is JsonValue:
                var text = value.GetValue<string>();
                var dot = text.IndexOf('.', StringComparison.Ordinal);
                if (dot <= 0)
                {
                    throw new TemplateException(
                        $"!GetAtt '{text}' at line {node.Start.Line} is not 'LogicalId.Attribute'.");
                }

                return new JsonObject { ["Fn::GetAtt"] = new JsonArray(text[..dot], text[(dot + 1)..]) };
            case "Sub" or "GetAtt" or "Join" or "If" or "Equals" or "Not" or "And" or "Or" or "Select" or "Split"
                or "Base64" or "FindInMap" or "GetAZs" or "ImportValue" or "Cidr":
                return new JsonObject { ["Fn::" + tag] = value };
            default:
                throw new TemplateException(
                    $"Tag '!{tag}' at line {node.Start.Line} is not a CloudFormation short form; " +
                    "use !Ref, !Sub, !GetAtt, !Join, !If and the condition functions.");
        }
    }
}
