/**
 * The application shell: the main layout with its menu, the login and home views, the
 * error views, and small UI building blocks the feature views share; and the one way to say
 * no: the three shapes of {@link eu.skills4cities.citycert.base.Refusal} every module throws,
 * answered by the API's one problem-details handler and shown in views by
 * {@link eu.skills4cities.citycert.base.UiErrorHandling}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package eu.skills4cities.citycert.base;
