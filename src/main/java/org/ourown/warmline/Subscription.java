package org.ourown.warmline;

/** A listener for news of one chat; closing it stops the news. */
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
