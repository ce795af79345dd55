package org.mendwell.shared.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This public service method touches no client record and no account, so the audit trail leaves it
 * out; the reason is stated, and a test fails for any service method that is neither audited nor
 * exempted.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NotAudited {

    String value();
}
