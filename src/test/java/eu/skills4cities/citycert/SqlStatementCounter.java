package eu.skills4cities.citycert;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements that code run through {@link #count(Runnable)} prepares on the
 * application's data source, on the calling thread: the engine's queries (MyBatis) and
 * CityCert's (Spring Data JDBC, JdbcClient) alike, each prepared once per query. Outside
 * {@code count} the wrapped data source only passes calls on.
 */
@Component
public class SqlStatementCounter implements BeanPostProcessor {

    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "prepareCall", "createStatement");
    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();
    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();
    private static final ThreadLocal<List<String>> CALLERS = new ThreadLocal<>();
    private static final String OWN_PACKAGE = "eu.skills4cities.citycert.";

    /** Runs the work and returns how many statements it prepared. */
    public static int count(Runnable work) {
        int[] statements = {0};
        COUNTING.set(statements);
        try {
            work.run();
        } finally {
            COUNTING.remove();
        }
        return statements[0];
    }

    /**
     * Runs the work and returns the SQL of each statement it prepared on the calling thread, in order
     * ({@code createStatement} has no SQL yet: it stands as {@code "(statement)"}).
     */
    public static List<String> record(Runnable work) {
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return statements;
    }

    /**
     * As {@link #record(Runnable)}, and for each statement the CityCert method that prepared it, into
     * {@code callers}: the innermost frame of the application's own code (not the tests', not a Spring proxy), as
     * {@code module.Class.method}, followed by {@code " ← "} and the first method of another module on the way to it
     * when there is one (who wanted the read), or {@code "(engine)"} when no CityCert code is between the work and the statement (the
     * engine's own commands, run by the test directly). For finding repeated reads; slow, so not for timed work.
     */
    public static List<String> record(Runnable work, List<String> callers) {
        CALLERS.set(callers);
        try {
            return record(work);
        } finally {
            CALLERS.remove();
        }
    }

    private static String caller() {
        List<String> own = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith(OWN_PACKAGE) && !f.getClassName().contains("$$")
                        && !f.getClassName().contains("$Proxy") && !isTestCode(f.getClassName()))
                .map(f -> f.getClassName().substring(OWN_PACKAGE.length()) + "." + f.getMethodName())
                .toList());
        if (own.isEmpty()) {
            return "(engine)";
        }
        // the innermost method, and the first one of another module that called into it (who wanted the read)
        String innermost = own.get(0);
        String module = moduleOf(innermost);
        return own.stream().filter(m -> !moduleOf(m).equals(module)).findFirst()
                .map(outside -> innermost + " ← " + outside).orElse(innermost);
    }

    private static String moduleOf(String method) {
        int dot = method.indexOf('.');
        return dot < 0 ? method : method.substring(0, dot);
    }

    private static boolean isTestCode(String className) {
        if (className.startsWith(SqlStatementCounter.class.getName())) {
            return true;
        }
        try {
            Class<?> type = Class.forName(className, false, SqlStatementCounter.class.getClassLoader());
            // the tests' classes are compiled to test-classes, the application's to classes
            return type.getProtectionDomain().getCodeSource() != null && type.getProtectionDomain().getCodeSource()
                    .getLocation().getPath().contains("test-classes");
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                ? new CountingDataSource(dataSource) : bean;
    }

    private static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("equals")) {
                            return proxy == args[0];
                        }
                        if (method.getName().equals("hashCode")) {
                            return System.identityHashCode(proxy);
                        }
                        int[] statements = COUNTING.get();
                        if (statements != null && STATEMENT_METHODS.contains(method.getName())) {
                            statements[0]++;
                        }
                        List<String> recorded = RECORDING.get();
                        if (recorded != null && STATEMENT_METHODS.contains(method.getName())) {
                            recorded.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql
                                    : "(statement)");
                            List<String> callers = CALLERS.get();
                            if (callers != null) {
                                callers.add(caller());
                            }
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
