/**
 * Appeals on screen: the appellant's page (the decisions they may appeal, the form, their appeals),
 * one appeal's page (for its appellant, with the answer to the panel's request; for the panel, with
 * its work), the panel's list, and the "Appeal" button on the application page through
 * {@code application.ApplicationPageSection}.
 */
package eu.skills4cities.citycert.appeal.ui;
