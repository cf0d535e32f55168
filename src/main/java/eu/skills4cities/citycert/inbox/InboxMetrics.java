package eu.skills4cities.citycert.inbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.base.MetricReadings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The inbox's metrics (docs/operations.md, "Metrics and health"): {@code citycert.inbox.queue.size}, the
 * unassigned tasks waiting in each queue (tags {@code process} and {@code group}), read from the queue sizes
 * the triggers keep ({@link QueueSizes}) in one statement for every queue, never by counting tasks; and
 * {@code citycert.inbox.tasks.overdue}, the open tasks past their due date, in one count. A queue seen for the
 * first time gets its gauge when the queues are read ({@code citycert.inbox.queues} reads them at every scrape),
 * so it is scraped from the next scrape on.
 */
@Component
class InboxMetrics implements MeterBinder {

    private final Supplier<Map<QueueKey, Long>> queues;
    private final Supplier<Long> overdue;
    private final Set<QueueKey> registered = ConcurrentHashMap.newKeySet();
    private volatile MeterRegistry registry;

    InboxMetrics(QueueSizes sizes, TaskService tasks, MetricReadings readings) {
        this.queues = readings.recent(() -> withGauges(sizes.all()));
        this.overdue = readings.recent(() -> tasks.createTaskQuery().dueBefore(ClockUtil.getCurrentTime()).count());
    }

    private record QueueKey(String process, String group) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("citycert.inbox.tasks.overdue", overdue, Supplier::get)
                .description("Open tasks past their due date").register(registry);
        // reads the queues at every scrape (within the maximum age), and so finds the new ones
        Gauge.builder("citycert.inbox.queues", queues, all -> all.get().size())
                .description("Queues with a size: a process's candidate groups").register(registry);
    }

    private Map<QueueKey, Long> withGauges(List<QueueSizes.Queue> read) {
        Map<QueueKey, Long> sizes = read.stream().collect(Collectors.toMap(
                queue -> new QueueKey(queue.processKey(), queue.group()), QueueSizes.Queue::unassigned, Long::sum));
        MeterRegistry meters = registry;
        for (QueueKey queue : sizes.keySet()) {
            if (meters != null && registered.add(queue)) {
                Gauge.builder("citycert.inbox.queue.size", queues, all -> all.get().getOrDefault(queue, 0L))
                        .description("Unassigned tasks waiting in a candidate group's queue")
                        .tag("process", queue.process()).tag("group", queue.group()).register(meters);
            }
        }
        return sizes;
    }
}
