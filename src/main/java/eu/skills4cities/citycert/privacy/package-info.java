/**
 * A person's rights over their data: the export of everything CityCert holds about them
 * (JSON). Deleting an account comes with the candidate self-service work.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package eu.skills4cities.citycert.privacy;
