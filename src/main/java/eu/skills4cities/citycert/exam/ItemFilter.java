package eu.skills4cities.citycert.exam;

/**
 * Which items to list: each field narrows the list when it is set (null or blank: any).
 *
 * @param text a part of the code or the stem, any case
 */
public record ItemFilter(String roleCode, String unitCode, String elementCode, ItemStatus status, String text) {

    public static ItemFilter all() {
        return new ItemFilter(null, null, null, null, null);
    }
}
