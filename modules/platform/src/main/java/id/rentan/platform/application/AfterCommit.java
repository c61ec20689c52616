package id.rentan.platform.application;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Runs something when the current transaction has ended, whether it committed or rolled back (cache drops). */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs {@code action} now and again when the current transaction completes. */
    public static void nowAndAfterCompletion(TransactionSynchronizationRegistry registry, Runnable action) {
        action.run();
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int status) {
                action.run();
            }
        });
    }
}
