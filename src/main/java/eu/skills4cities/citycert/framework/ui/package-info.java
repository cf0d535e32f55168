/** Views of the framework feature: the public catalogue and the administrators' framework screen. */
package eu.skills4cities.citycert.framework.ui;
