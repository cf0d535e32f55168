/** Engine glue of the applications feature: listeners and delegates that call {@code ApplicationService}. */
package eu.skills4cities.citycert.application.process;
