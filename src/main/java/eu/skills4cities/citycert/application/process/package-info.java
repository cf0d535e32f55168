/** Engine glue of the applications feature: listeners and delegates that call the feature's services ({@code ApplicationProgress}, {@code EvidenceRequests}). */
package eu.skills4cities.citycert.application.process;
