package eu.skills4cities.citycert.exam;

/** An item read from a file: what it says, where it starts, and whether it is sample content. */
record ImportedItem(ItemDraft draft, int line, boolean sample) {
}
