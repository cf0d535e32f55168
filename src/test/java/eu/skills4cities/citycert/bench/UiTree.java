package eu.skills4cities.citycert.bench;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the benchmark's client keeps of one Vaadin UI's state tree: the node of each element that has an id, from
 * the {@code changes} of every UIDL answer (a node is attached, gets its attributes put, is detached). The Flow
 * client in a browser keeps the whole tree; the benchmark needs only where to send its events, and keeps no more,
 * so that its 200 tabs add little to the heap it measures (client and server share the JVM).
 *
 * <p>An invisible component's element is sent without its attributes, so it has no id here until it is shown, as
 * a user cannot click it before either.
 */
final class UiTree {

    /** Flow's number of the element's attribute map ({@code NodeFeatureRegistry}: {@code ElementAttributeMap}). */
    static final int ATTRIBUTES = 3;
    /** Flow's number of the element's property map ({@code ElementPropertyMap}), where {@code mSync} writes. */
    static final int PROPERTIES = 1;

    private final Map<String, Integer> nodesByElementId = new HashMap<>();
    private final Map<Integer, String> elementIdsByNode = new HashMap<>();

    /** Applies the {@code changes} of a UIDL answer (or of the init answer's {@code uidl}), in order. */
    void apply(JsonNode uidl) {
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            switch (change.path("type").asText()) {
                case "detach" -> forget(node);
                case "put" -> {
                    if (change.path("feat").asInt() == ATTRIBUTES && "id".equals(change.path("key").asText())) {
                        forget(node);
                        nodesByElementId.put(change.path("value").asText(), node);
                        elementIdsByNode.put(node, change.path("value").asText());
                    }
                }
                case "remove" -> {
                    if (change.path("feat").asInt() == ATTRIBUTES && "id".equals(change.path("key").asText())) {
                        forget(node);
                    }
                }
                default -> {
                    // attach, splice, clear: the benchmark does not need the tree's shape
                }
            }
        }
    }

    private void forget(int node) {
        String elementId = elementIdsByNode.remove(node);
        if (elementId != null) {
            nodesByElementId.remove(elementId, node);
        }
    }

    /** The node of the element with the id; fails the benchmark if the UI does not show it. */
    int require(String elementId) {
        Integer node = nodesByElementId.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element with id '" + elementId + "' in the UI (ids: "
                    + nodesByElementId.keySet() + ")");
        }
        return node;
    }
}
