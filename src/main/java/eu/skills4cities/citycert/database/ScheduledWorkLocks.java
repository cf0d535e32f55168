package eu.skills4cities.citycert.database;

import java.lang.management.ManagementFactory;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The locks that make a scheduled job run on one node of a cluster at a time: a method with
 * {@code @Scheduled} and ShedLock's {@code @SchedulerLock} runs only on the node that takes the job's row in
 * {@code shedlock} (Flyway V56); a node that finds the row taken skips that run. The lock times are the
 * database's ({@code usingDbTime}), so the nodes' clocks need not agree. A job that may run on every node at
 * once says so instead ({@code ScheduledJobsLockTest} holds the short list), as the mail dispatcher does.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class ScheduledWorkLocks {

    @Bean
    LockProvider scheduledWorkLockProvider(DataSource dataSource) {
        return over(dataSource, ManagementFactory.getRuntimeMXBean().getName());
    }

    /**
     * The lock provider every node uses: ShedLock's JDBC provider over {@code shedlock} with the database's
     * time; {@code node} is written to {@code locked_by}, for whoever looks at the table (the process id and
     * host, as the JVM names itself).
     */
    public static LockProvider over(DataSource dataSource, String node) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .withLockedByValue(node)
                .usingDbTime()
                .build());
    }
}
