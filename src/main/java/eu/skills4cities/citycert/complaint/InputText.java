package eu.skills4cities.citycert.complaint;

/** Text as people type it into the complaint forms: stripped, null read as empty. */
final class InputText {

    private InputText() {
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
