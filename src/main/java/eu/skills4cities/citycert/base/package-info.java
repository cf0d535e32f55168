/**
 * The application shell: the main layout with its menu, the login and home views, the
 * error views, and small UI building blocks the feature views share.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package eu.skills4cities.citycert.base;
