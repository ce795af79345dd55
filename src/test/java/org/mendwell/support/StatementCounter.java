package org.mendwell.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends, whatever sends them (Hibernate, JdbcClient,
 * Spring Data): the data source is wrapped so that every execute on every statement of every
 * connection is recorded, per thread, with its SQL. Import it into a test with
 * {@code @Import(StatementCounter.Config.class)}.
 */
public final class StatementCounter {

    private static final Set<String> EXECUTIONS = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private static final ThreadLocal<List<String>> SENT = ThreadLocal.withInitial(ArrayList::new);

    /** Time spent executing statements, for the data [0] and for the audit trail [1], in nanoseconds. */
    private static final ThreadLocal<long[]> NANOS = ThreadLocal.withInitial(() -> new long[2]);

    private StatementCounter() {}

    /** Forgets what this thread sent so far. */
    public static void reset() {
        SENT.get().clear();
        NANOS.get()[0] = 0;
        NANOS.get()[1] = 0;
    }

    /** How long this thread's statements for the data took to execute since the last reset (benchmarks). */
    public static long nanosForTheData() {
        return NANOS.get()[0];
    }

    /** How long this thread's audit-trail statements took to execute since the last reset (benchmarks). */
    public static long nanosForTheAuditTrail() {
        return NANOS.get()[1];
    }

    /** The statements this thread sent since the last reset, in order. */
    public static List<String> sent() {
        return List.copyOf(SENT.get());
    }

    /**
     * What this thread sent to fetch the data itself: everything except the audit trail's entry for the
     * read (finding whose record it was, locking the chain head, the insert, the head update), which
     * {@link #sentToTheAuditTrail()} counts on its own.
     */
    public static List<String> sentForTheData() {
        return SENT.get().stream().filter(sql -> !touchesTheAuditTrail(sql)).toList();
    }

    public static List<String> sentToTheAuditTrail() {
        return SENT.get().stream()
                .filter(StatementCounter::touchesTheAuditTrail)
                .toList();
    }

    private static boolean touchesTheAuditTrail(String sql) {
        return sql.contains("audit_event") || sql.contains("audit_chain_head") || sql.contains("/* audit trail");
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
                            ? wrap(dataSource, DataSource.class, null)
                            : bean;
                }
            };
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(T target, Class<T> type, String sql) {
        return (T) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                    long started = System.nanoTime();
                    Object result = invoke(target, method, args);
                    long took = System.nanoTime() - started;
                    if (result instanceof Connection connection
                            && method.getName().equals("getConnection")) {
                        return wrap(connection, Connection.class, null);
                    }
                    if (target instanceof Connection && result instanceof Statement statement) {
                        String prepared = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                        return switch (statement) {
                            case CallableStatement call -> wrap(call, CallableStatement.class, prepared);
                            case PreparedStatement ps -> wrap(ps, PreparedStatement.class, prepared);
                            default -> wrap(statement, Statement.class, null);
                        };
                    }
                    if (target instanceof Statement && EXECUTIONS.contains(method.getName())) {
                        String text = args != null && args.length > 0 && args[0] instanceof String s ? s : sql;
                        String sent = text == null ? "(batch)" : text;
                        SENT.get().add(sent);
                        NANOS.get()[touchesTheAuditTrail(sent) ? 1 : 0] += took;
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
