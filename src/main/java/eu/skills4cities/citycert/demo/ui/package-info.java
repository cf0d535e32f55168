/** Demo-only views. */
package eu.skills4cities.citycert.demo.ui;
