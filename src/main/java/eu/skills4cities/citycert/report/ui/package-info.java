/**
 * The reports page in Vaadin: the period and role filter, and per figure a chart drawn on the server
 * (JFreeChart into SVG with JFreeSVG, shown as an image), a plain table of the same numbers for
 * screen readers, an empty state and the figure's CSV download.
 */
package eu.skills4cities.citycert.report.ui;
