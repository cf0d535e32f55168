package eu.skills4cities.citycert.inbox;

import java.util.UUID;

/**
 * How one open task of an {@link InboxWork} reads in the inbox.
 *
 * @param taskId            the engine task
 * @param stage             the code of its {@link InboxStage}
 * @param number            the number of the case it belongs to (an appeal's or a complaint's)
 * @param personName        the name of the person the case is about, where the viewer may read it; or null
 * @param roleCode          the role the case is about, where known (the role filter narrows by it); or null
 * @param roleTitle         that role's title, or null
 * @param applicationId     the application the case is about, or null
 * @param applicationNumber that application's number, or null
 * @param path              the page that opens the task, relative to the application's root
 */
public record InboxItem(String taskId, String stage, String number, String personName, String roleCode,
                        String roleTitle, UUID applicationId, String applicationNumber, String path) {
}
