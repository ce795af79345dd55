package org.mendwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.NotAudited;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Every public method of every application service is either audited or says why not. A new service
 * method that forgets fails here, before it can read a client record unseen.
 */
class AuditCoverageTest {

    @Test
    void every_public_service_method_is_audited_or_states_why_not() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<String> unaccounted = new ArrayList<>();
        int services = 0;
        for (var candidate : scanner.findCandidateComponents("org.mendwell")) {
            Class<?> service =
                    ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            services++;
            if (service.isAnnotationPresent(NotAudited.class)) {
                continue;
            }
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()
                        && !method.isAnnotationPresent(Audited.class)
                        && !method.isAnnotationPresent(NotAudited.class)) {
                    unaccounted.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(services).as("services found").isGreaterThanOrEqualTo(10);
        assertThat(unaccounted)
                .as("public service methods neither @Audited nor @NotAudited")
                .isEmpty();
    }
}
