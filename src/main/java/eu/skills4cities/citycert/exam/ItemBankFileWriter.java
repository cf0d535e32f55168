package eu.skills4cities.citycert.exam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.skills4cities.citycert.base.YamlFileWriter;

/** Writes items in the import format, so an export reads back to the same items. */
final class ItemBankFileWriter {

    private ItemBankFileWriter() {
    }

    static byte[] write(List<ExamItem> items) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", ItemBankFileReader.FORMAT);
        if (!items.isEmpty() && items.stream().allMatch(ExamItem::sample)) {
            file.put("sample", true);
        }
        file.put("items", items.stream().map(ItemBankFileWriter::item).toList());
        return YamlFileWriter.write("Exported from CityCert: format " + ItemBankFileReader.FORMAT
                + " (see docs/item-bank-format.md). Staff data: the correct options are marked.", file);
    }

    private static Map<String, Object> item(ExamItem item) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", item.code());
        map.put("role", item.roleCode());
        map.put("unit", item.unitCode());
        map.put("element", item.elementCode());
        map.put("difficulty", item.difficulty().name());
        map.put("stem", item.stem());
        map.put("options", item.options().stream().map(option -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("text", option.text());
            if (option.correct()) {
                o.put("correct", true);
            }
            return o;
        }).toList());
        map.put("explanation", item.explanation());
        return map;
    }
}
