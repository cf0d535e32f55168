package eu.skills4cities.citycert.base;

import java.nio.charset.StandardCharsets;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes an export in CityCert's YAML style (block style, two spaces, lines of at most 110
 * characters), under a comment line that names its format; the counterpart of
 * {@link YamlFileReader} for the framework and item bank exports.
 */
public final class YamlFileWriter {

    private YamlFileWriter() {
    }

    /** @param content maps, lists and scalars, in the order they are to be written */
    public static byte[] write(String headerComment, Object content) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(110);
        options.setSplitLines(true);
        return ("# " + headerComment + "\n" + new Yaml(options).dump(content)).getBytes(StandardCharsets.UTF_8);
    }
}
