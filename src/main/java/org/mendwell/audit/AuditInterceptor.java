package org.mendwell.audit;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.UUID;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.AccountSummary;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.Audited;
import org.springframework.aop.support.AopUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the audit entry for each {@link Audited} service call a person makes. It is the outermost
 * advice on the method, so it also sees the refusals of {@code @PreAuthorize}.
 *
 * <ul>
 * <li>A change runs inside a transaction this advice joins or starts, with the method's own
 *     {@code @Transactional} rules, and the entry is appended in it: if the entry cannot be written,
 *     the change is rolled back too.</li>
 * <li>A read runs in its own (read-only) transaction; the entry follows in a short one of its own.</li>
 * <li>An export is recorded just before its first character is written: once the data has left, a failed
 *     entry could not take it back.</li>
 * <li>A refusal (another person's record, the wrong role, or input a change refused and rolled back) is
 *     recorded in a transaction of its own, since the refused call's transaction is rolled back.</li>
 * <li>A refusal of someone who is not signed in, or a look-up of theirs that found nothing (an unknown link),
 *     is only counted, and summarised later (see {@link AnonymousFailures}).</li>
 * </ul>
 * When the caller already holds a read-write transaction (a test, a batch), read and refusal entries
 * join it instead: a transaction of their own would wait for the chain head that the caller's
 * earlier entries keep locked.
 * Calls one service makes to another while serving the same person are not recorded again.
 */
final class AuditInterceptor implements MethodInterceptor {

    private static final ThreadLocal<Boolean> INSIDE_AUDITED_CALL = ThreadLocal.withInitial(() -> false);

    private final AuditRecorder recorder;
    private final PlatformTransactionManager transactions;
    private final TransactionAttributeSource transactionRules = new AnnotationTransactionAttributeSource();
    private final TransactionTemplate joinOrStart;
    private final TransactionTemplate separate;

    AuditInterceptor(AuditRecorder recorder, PlatformTransactionManager transactions) {
        this.recorder = recorder;
        this.transactions = transactions;
        this.joinOrStart = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        Method method = invocation.getMethod();
        Audited audited = method.getAnnotation(Audited.class);
        if (audited == null || INSIDE_AUDITED_CALL.get()) {
            return invocation.proceed();
        }
        String operation = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        INSIDE_AUDITED_CALL.set(true);
        try {
            if (audited.value() == Audited.Access.CHANGE) {
                return changeWithEntry(invocation, operation, audited);
            }
            if (audited.value() == Audited.Access.EXPORT) {
                return exportWithEntry(invocation, operation, audited);
            }
            Object result = invocation.proceed();
            if (result instanceof Optional<?> found && found.isEmpty() && recorder.countedIfAnonymous(operation)) {
                return result;
            }
            alongside()
                    .executeWithoutResult(status -> recorder.record(
                            AuditAction.READ,
                            operation,
                            audited.record(),
                            recordId(invocation.getArguments(), result)));
            return result;
        } catch (RecordNotFoundException | AccessDeniedException refused) {
            throw refusedOrNot(refused, operation, audited, invocation);
        } finally {
            INSIDE_AUDITED_CALL.remove();
        }
    }

    private Throwable refusedOrNot(Throwable thrown, String operation, Audited audited, MethodInvocation invocation) {
        if (thrown instanceof RecordNotFoundException || thrown instanceof AccessDeniedException) {
            recordRefusal(operation, audited, invocation);
        }
        return thrown;
    }

    /**
     * After the refused call's own transaction has ended: in a new one when it was the call's own, or in
     * the caller's when the call joined one (which the refusal marks for rollback, entry included).
     */
    private void recordRefusal(String operation, Audited audited, MethodInvocation invocation) {
        if (recorder.countedIfAnonymous(operation)) {
            return;
        }
        alongside()
                .executeWithoutResult(status -> recorder.record(
                        AuditAction.REFUSED, operation, audited.record(), recordId(invocation.getArguments(), null)));
    }

    private void recordOrRollBack(
            TransactionStatus status, String operation, Audited audited, @Nullable UUID recordId) {
        try {
            // The change's own rows first, so that the practice-wide chain-head lock is taken last
            // and held only for the few statements that append the entry.
            TransactionSynchronizationUtils.triggerFlush();
            recorder.record(AuditAction.CHANGE, operation, audited.record(), recordId);
        } catch (RuntimeException | Error notRecorded) {
            transactions.rollback(status);
            throw notRecorded;
        }
    }

    /**
     * An export writes to the download as it reads, so the entry cannot wait for the end. It is written
     * just before the first character goes out: after the method's own checks passed (a refused export
     * writes nothing and is recorded as refused), and before anything has left.
     */
    private @Nullable Object exportWithEntry(MethodInvocation invocation, String operation, Audited audited)
            throws Throwable {
        Object[] arguments = invocation.getArguments();
        Runnable record = () -> alongside()
                .executeWithoutResult(status ->
                        recorder.record(AuditAction.READ, operation, audited.record(), recordId(arguments, null)));
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Writer out) {
                arguments[i] = new RecordedOnFirstWrite(out, record);
                return invocation.proceed();
            }
        }
        record.run();
        return invocation.proceed();
    }

    /** Passes everything through, recording the export once, before the first character. */
    private static final class RecordedOnFirstWrite extends FilterWriter {
        private final Runnable record;
        private boolean recorded;

        RecordedOnFirstWrite(Writer out, Runnable record) {
            super(out);
            this.record = record;
        }

        private void recordOnce() {
            if (!recorded) {
                record.run();
                recorded = true;
            }
        }

        @Override
        public void write(int c) throws IOException {
            recordOnce();
            super.write(c);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            recordOnce();
            super.write(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            recordOnce();
            super.write(text, offset, length);
        }
    }

    /** A transaction for an entry that is not part of a change: the caller's if it may write, else a new one. */
    private TransactionTemplate alongside() {
        return TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? separate : joinOrStart;
    }

    /**
     * Runs the change in a transaction with the method's own rules (a refused submit that keeps the
     * typed draft commits it), joining the caller's if there is one, and appends the entry in it.
     */
    private @Nullable Object changeWithEntry(MethodInvocation invocation, String operation, Audited audited)
            throws Throwable {
        Object target = invocation.getThis();
        TransactionAttribute rules = transactionRules.getTransactionAttribute(
                invocation.getMethod(), target == null ? null : AopUtils.getTargetClass(target));
        TransactionAttribute definition = rules != null ? rules : new DefaultTransactionAttribute();
        TransactionStatus status = transactions.getTransaction(definition);
        Object result;
        try {
            result = invocation.proceed();
        } catch (Throwable failed) {
            if (definition.rollbackOn(failed)) {
                transactions.rollback(status);
                if (failed instanceof InvalidInputException invalid && !invalid.isFormNotReady()) {
                    // Refused input (an address that cannot be invited, a rule broken): nothing changed, but
                    // the attempt is part of the trail. Not-found and access refusals are recorded by invoke.
                    // A form not filled in yet (an empty required note) is no refusal: nothing to record.
                    recordRefusal(operation, audited, invocation);
                }
                throw failed;
            }
            // The method keeps what it did even so (a draft saved before the refusal): that is a change.
            recordOrRollBack(status, operation, audited, recordId(invocation.getArguments(), null));
            transactions.commit(status);
            throw failed;
        }
        recordOrRollBack(status, operation, audited, recordId(audited, invocation.getArguments(), result));
        transactions.commit(status);
        return result;
    }

    /**
     * As below; and an account a call created (a new clinician), named by the {@code id} of the account it
     * returned, so that the entry says which account the administrator opened.
     */
    static @Nullable UUID recordId(Audited audited, @Nullable Object[] arguments, @Nullable Object result) {
        UUID id = recordId(arguments, result);
        if (id == null && audited.record() == Audited.Subject.ACCOUNT && result instanceof AccountSummary created) {
            return created.id();
        }
        return id;
    }

    /**
     * The record a call is about: its first {@code UUID} argument, else the {@code clientId} of a request
     * record it was given (giving an exercise) or of what it returned (a new client).
     */
    static @Nullable UUID recordId(@Nullable Object[] arguments, @Nullable Object result) {
        for (Object argument : arguments) {
            if (argument instanceof UUID id) {
                return id;
            }
        }
        for (Object argument : arguments) {
            UUID id = clientIdOf(argument);
            if (id != null) {
                return id;
            }
        }
        return clientIdOf(result);
    }

    private static @Nullable UUID clientIdOf(@Nullable Object value) {
        if (value == null || !value.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            try {
                Object part = component.getAccessor().invoke(value);
                if (component.getName().equals("clientId") && part instanceof UUID id) {
                    return id;
                }
                if (component.getName().equals("client")) {
                    UUID nested = clientIdOf(part);
                    if (nested != null) {
                        return nested;
                    }
                }
            } catch (ReflectiveOperationException unreadable) {
                return null;
            }
        }
        return null;
    }
}
