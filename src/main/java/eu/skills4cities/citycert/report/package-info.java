/**
 * The reports the certification body runs itself by: period figures (applications received,
 * eligible, refused at each stage, withdrawn, lapsed, certified; certificates issued, suspended,
 * withdrawn), cycle times, service levels and today's backlog, pass rates, score distributions
 * and the assessors' consistency, each for a period and a certification role. Every figure is
 * computed in SQL ({@code ReportQueries}) over the read-only reporting views that the owning
 * modules publish (Flyway {@code V20}) and the engine's task tables; {@link
 * eu.skills4cities.citycert.report.Reports} checks who may read which figure and writes the CSV.
 * The page with its charts is in {@code ui}, the JSON and CSV API in {@code ReportsApiController}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package eu.skills4cities.citycert.report;
