/** The item bank page: list with filters, the item editor, submit, approve, retire, import and export. */
package eu.skills4cities.citycert.exam.ui;
