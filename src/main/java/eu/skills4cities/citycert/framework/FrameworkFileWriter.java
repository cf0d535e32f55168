package eu.skills4cities.citycert.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.skills4cities.citycert.base.YamlFileWriter;

/** Writes a framework version in the import format, so an export imports to an equal framework. */
final class FrameworkFileWriter {

    private FrameworkFileWriter() {
    }

    static byte[] write(FrameworkDocument document) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", FrameworkFileReader.FORMAT);
        Map<String, Object> framework = new LinkedHashMap<>();
        framework.put("code", document.code());
        framework.put("title", document.title());
        framework.put("description", document.description());
        if (document.label() != null) {
            framework.put("label", document.label());
        }
        framework.put("sample", document.sample());
        putTranslations(framework, document.translations());
        file.put("framework", framework);
        file.put("roles", document.roles().stream().map(FrameworkFileWriter::role).toList());

        return YamlFileWriter.write("Exported from CityCert: format " + FrameworkFileReader.FORMAT
                + " (see docs/framework-format.md)", file);
    }

    private static Map<String, Object> role(RoleDefinition role) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", role.code());
        map.put("title", role.title());
        map.put("description", role.description());
        map.put("eqfLevel", role.eqfLevel());
        if (role.escoOccupation() != null) {
            map.put("escoOccupation", role.escoOccupation());
        }
        if (!role.ecfCompetences().isEmpty()) {
            map.put("ecfCompetences", role.ecfCompetences());
        }
        SchemeSettings scheme = role.scheme();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("routes", scheme.routes().stream().map(Enum::name).toList());
        settings.put("passMarkPercent", scheme.passMarkPercent().doubleValue());
        if (scheme.unitsRequired() != null) {
            settings.put("unitsRequired", scheme.unitsRequired());
        }
        settings.put("retakeWindowMonths", scheme.retakeWindowMonths());
        settings.put("validityMonths", scheme.validityMonths());
        settings.put("recertificationYears", scheme.recertificationYears());
        settings.put("renewalReminderDays", scheme.renewalReminderDays());
        settings.put("maxSuspensionMonths", scheme.maxSuspensionMonths());
        settings.put("cpdHoursPerCycle", scheme.cpdHoursPerCycle());
        settings.put("cpdUnitsRequired", scheme.cpdUnitsRequired());
        settings.put("renewalWindowDays", scheme.renewalWindowDays());
        settings.put("appealWindowDays", scheme.appealWindowDays());
        settings.put("examItemsPerElement", scheme.examItemsPerElement());
        settings.put("examTimeLimitMinutes", scheme.examTimeLimitMinutes());
        settings.put("examWindowDays", scheme.examWindowDays());
        settings.put("examAttempts", scheme.examAttempts());
        if (scheme.scoreElements()) {
            settings.put("scoreElements", true);
        }
        if (!scheme.portfolioUnits().isEmpty()) {
            settings.put("portfolioUnits", scheme.portfolioUnits());
        }
        map.put("scheme", settings);
        map.put("units", role.units().stream().map(unit -> part(unit.code(), unit, "elements",
                unit.elements().stream().map(element -> part(element.code(), element, "criteria",
                        element.criteria().stream().map(c -> part(c.code(), c, null, null)).toList()))
                        .toList())).toList());
        putTranslations(map, role.translations());
        return map;
    }

    private static Map<String, Object> part(String code, Translated part, String childrenKey, List<?> children) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", code);
        map.put("title", part.title());
        map.put("description", part.description());
        if (childrenKey != null) {
            map.put(childrenKey, children);
        }
        putTranslations(map, part.translations());
        return map;
    }

    /** A part's translations by language, each with the texts it has; none written when there are none. */
    private static void putTranslations(Map<String, Object> map, Map<String, Translation> translations) {
        if (translations.isEmpty()) {
            return;
        }
        Map<String, Object> languages = new LinkedHashMap<>();
        new java.util.TreeMap<>(translations).forEach((language, translation) -> {
            Map<String, Object> texts = new LinkedHashMap<>();
            if (translation.title() != null) {
                texts.put("title", translation.title());
            }
            if (translation.description() != null) {
                texts.put("description", translation.description());
            }
            languages.put(language, texts);
        });
        map.put("translations", languages);
    }
}
