package org.mendwell.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs, each guarded by a ShedLock lock row in the shedlock table, so that a job runs on one
 * application instance at a time however many are started. Times come from the database's clock, so
 * instances whose clocks disagree still agree on who holds a lock. A {@code @Scheduled} method opts
 * in with {@code @SchedulerLock}; each job decides for itself whether it is switched on.
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(interceptMode = EnableSchedulerLock.InterceptMode.PROXY_METHOD, defaultLockAtMostFor = "PT30M")
public class SchedulingConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return lockProviderOn(dataSource);
    }

    /** The lock provider of one application instance; tests start two to play two instances. */
    public static LockProvider lockProviderOn(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
