package org.mendwell.audit;

import org.aopalliance.intercept.MethodInterceptor;
import org.mendwell.shared.audit.Audited;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.function.SingletonSupplier;

@Configuration(proxyBeanMethods = false)
class AuditConfig {

    /**
     * An infrastructure advisor, so that the auto-proxy creator which applies {@code @Transactional} and
     * {@code @PreAuthorize} applies it too, outermost. Advisors are created before ordinary beans, so the
     * interceptor is built on the first audited call.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor auditAdvisor(
            ObjectProvider<AuditRecorder> recorder, ObjectProvider<PlatformTransactionManager> transactions) {
        SingletonSupplier<AuditInterceptor> interceptor =
                SingletonSupplier.of(() -> new AuditInterceptor(recorder.getObject(), transactions.getObject()));
        MethodInterceptor advice = invocation -> interceptor.obtain().invoke(invocation);
        var advisor = new DefaultPointcutAdvisor(AnnotationMatchingPointcut.forMethodAnnotation(Audited.class), advice);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
